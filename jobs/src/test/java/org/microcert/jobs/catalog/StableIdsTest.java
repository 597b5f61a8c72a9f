package org.microcert.jobs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StableIdsTest {

  @Test
  void uuidV5MatchesRfc9562AndPython() {
    // RFC 9562 appendix A.4: v5 of "www.example.com" in the DNS namespace.
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertEquals(
        "2ed6657d-e927-568b-95e1-2665a8aea6a2", StableIds.v5(dns, "www.example.com").toString());
    // Python's uuid.uuid5(uuid.NAMESPACE_URL, <ESCO URI>).
    assertEquals(
        "c3de4559-c42c-5175-b67e-851c89840d30",
        StableIds.competency(
            "http://data.europa.eu/esco/skill/ab1e97ed-2319-4293-a8b7-072d2648822f"));
    assertEquals("84832242-6bb6-5979-8714-57d6935e8945", StableIds.CREDENTIAL_NS.toString());
    assertEquals(
        "1080ea3b-ea91-5a88-97d0-78e81bad7284",
        StableIds.credential("University of Glasgow", "COMPSCI4013"));
  }
}
