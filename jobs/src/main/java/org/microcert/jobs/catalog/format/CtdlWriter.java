package org.microcert.jobs.catalog.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.microcert.jobs.catalog.Catalog.Credential;
import org.microcert.jobs.catalog.jsonld.LocalContexts;

/**
 * Credential Engine CTDL-ASN JSON-LD: one {@code ceasn:CompetencyFramework}; per credential a
 * top-level {@code ceasn:Competency}, and under it one per aligned learning outcome, with {@code
 * ceasn:exactAlignment}, {@code ceasn:broadAlignment} ({@code A broadAlignment B}: B is broader) or
 * {@code ceasn:narrowAlignment} to the ESCO URI; a related match, which CTDL-ASN has no alignment
 * property for, is written as {@code ceasn:skillEmbodied}.
 */
final class CtdlWriter {

  static final String FORMAT = "CTDL-ASN";
  static final String PUBLISHED = "https://purl.org/ctdlasn/vocabs/publicationStatus/Published";

  private CtdlWriter() {}

  static ObjectNode write(CatalogIndex index, Losses losses) {
    String frameworkId = resource(index.documentId);
    ObjectNode framework = FormatJson.object();
    framework.put("@id", frameworkId);
    framework.put("@type", "ceasn:CompetencyFramework");
    framework.put("ceterms:ctid", ctid(index.documentId));
    framework.set(
        "ceasn:name", en("microcert approved competency catalog " + index.catalog.version()));
    framework.set(
        "ceasn:description",
        en(
            "Learning outcomes of Ontario micro-certifications aligned to ESCO "
                + String.join(", ", index.catalog.escoReleases())
                + " competencies approved by the working groups."));
    framework.set("ceasn:inLanguage", FormatJson.strings(List.of("en")));
    framework.put("ceasn:dateCreated", index.catalog.asOf());
    framework.put("ceasn:publicationStatusType", PUBLISHED);
    List<ObjectNode> nodes = new ArrayList<>();
    List<String> top = new ArrayList<>();
    for (Credential cr : index.catalog.credentials()) {
      String crId = resource(cr.id());
      top.add(crId);
      ObjectNode c = competency(crId, cr.id(), frameworkId, cr.title());
      c.put("ceasn:codedNotation", cr.code());
      List<String> children = new ArrayList<>();
      for (CatalogIndex.Outcome o : index.outcomes(cr)) {
        String oid = CatalogIndex.outcomeId(cr, o.outcomeId());
        String id = resource(oid);
        children.add(id);
        ObjectNode n = competency(id, oid, frameworkId, o.text());
        n.put("ceasn:codedNotation", cr.code() + " " + o.outcomeId());
        n.set("ceasn:isChildOf", FormatJson.strings(List.of(crId)));
        Map<String, List<String>> byProperty = new TreeMap<>();
        for (CatalogIndex.Link l : o.links()) {
          String property =
              switch (l.alignment().match()) {
                case EXACT -> "ceasn:exactAlignment";
                case BROAD -> "ceasn:broadAlignment";
                case NARROW -> "ceasn:narrowAlignment";
                case RELATED -> "ceasn:skillEmbodied";
              };
          byProperty.computeIfAbsent(property, k -> new ArrayList<>()).add(l.competency().uri());
          losses.dropped(FORMAT, "alignment score, rank and confidence", 1);
          losses.dropped(FORMAT, "ESCO label and release of each alignment (bare URIs)", 1);
        }
        byProperty.forEach(
            (p, uris) -> n.set(p, FormatJson.strings(uris.stream().sorted().toList())));
        nodes.add(n);
      }
      c.set("ceasn:hasChild", FormatJson.strings(children));
      nodes.add(c);
    }
    losses.decisionsAndEndorsements(FORMAT, index, "endorsements");
    losses.dropped(FORMAT, Losses.RELEVANCE, index.relevanceCount());
    framework.set("ceasn:hasTopChild", FormatJson.strings(top));
    nodes.sort(Comparator.comparing(n -> n.get("@id").asText()));
    ArrayNode graph = FormatJson.array();
    graph.add(framework);
    nodes.forEach(graph::add);
    ObjectNode out = FormatJson.object();
    out.put("@context", LocalContexts.CTDL_ASN);
    out.set("@graph", graph);
    losses.limit(
        FORMAT,
        "Alignments are bare URI lists: no score, approver, endorsement or label."
            + " No related-match alignment (ceasn:skillEmbodied is used). No CTDL-ASN context is"
            + " available offline, so the file is checked against microcert's stand-in context.");
    return out;
  }

  private static ObjectNode competency(String id, String uuid, String frameworkId, String text) {
    ObjectNode n = FormatJson.object();
    n.put("@id", id);
    n.put("@type", "ceasn:Competency");
    n.put("ceterms:ctid", ctid(uuid));
    n.set("ceasn:competencyText", en(text == null ? "" : text));
    n.set("ceasn:inLanguage", FormatJson.strings(List.of("en")));
    n.set("ceasn:isPartOf", FormatJson.strings(List.of(frameworkId)));
    return n;
  }

  private static String resource(String uuid) {
    return CatalogIndex.BASE + "ctdl-asn/resources/" + ctid(uuid);
  }

  private static String ctid(String uuid) {
    return "ce-" + uuid;
  }

  private static ObjectNode en(String text) {
    ObjectNode o = FormatJson.object();
    o.put("en", text);
    return o;
  }
}
