package org.microcert.jobs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JcsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void rfc8785StringsAndLiterals() throws Exception {
    // RFC 8785 section 3.2.2 / appendix example, without its numbers (microcert writes none).
    String in =
        "{\n  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
            + "  \"literals\": [null, true, false]\n}";
    assertEquals(
        "{\"literals\":[null,true,false],\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}",
        Jcs.string(JSON.readTree(in)));
  }

  @Test
  void rfc8785SortsKeysByUtf16CodeUnits() throws Exception {
    // RFC 8785 section 3.2.3.
    String in =
        "{\"\\u20ac\":\"Euro Sign\",\"\\r"
            + "\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With"
            + " Dagesh\",\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning"
            + " Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With"
            + " Diaeresis\"}";
    String out = Jcs.string(JSON.readTree(in));
    assertEquals(
        "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small"
            + " Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji:"
            + " Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
        out);
  }

  @Test
  void integersOnly() throws Exception {
    assertEquals("[0,-7,9007199254740992]", Jcs.string(JSON.readTree("[0, -7, 9007199254740992]")));
    assertThrows(IllegalArgumentException.class, () -> Jcs.string(JSON.readTree("[0.5]")));
    assertThrows(
        IllegalArgumentException.class, () -> Jcs.string(JSON.readTree("[9007199254740993]")));
  }

  @Test
  void nfcComposes() throws Exception {
    // "e" + combining acute (NFD) becomes U+00E9.
    assertEquals(
        "{\"caf\u00e9\":\"r\u00e9sum\u00e9\"}",
        Jcs.string(Jcs.nfc(JSON.readTree("{\"cafe\\u0301\":\"re\\u0301sume\\u0301\"}"))));
  }
}
