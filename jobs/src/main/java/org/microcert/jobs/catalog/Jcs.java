package org.microcert.jobs.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme for the JSON microcert writes: object keys sorted by UTF-16
 * code units, no whitespace, strings escaped as the RFC says (not normalised: JCS leaves that to
 * the caller, see {@link #nfc(JsonNode)}), integers only (scores and shares are strings in
 * microcert's files, so the ECMAScript double formatting is never needed: a fractional number is
 * refused).
 */
public final class Jcs {

  /** The largest integer JCS writes exactly (2^53). */
  private static final BigInteger MAX_SAFE = BigInteger.ONE.shiftLeft(53);

  private Jcs() {}

  /** The canonical UTF-8 bytes of a JSON tree (no trailing newline). */
  public static byte[] bytes(JsonNode node) {
    return string(node).getBytes(StandardCharsets.UTF_8);
  }

  /** The canonical text of a JSON tree. */
  public static String string(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode n, StringBuilder out) {
    switch (n.getNodeType()) {
      case OBJECT -> {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          fields.add(Map.entry(e.getKey(), e.getValue()));
        }
        fields.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < fields.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          string(fields.get(i).getKey(), out);
          out.append(':');
          write(fields.get(i).getValue(), out);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < n.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(n.get(i), out);
        }
        out.append(']');
      }
      case STRING -> string(n.textValue(), out);
      case NUMBER -> out.append(integer(n));
      case BOOLEAN -> out.append(n.booleanValue() ? "true" : "false");
      case NULL -> out.append("null");
      default -> throw new IllegalArgumentException("Cannot canonicalise JSON: " + n.getNodeType());
    }
  }

  private static String integer(JsonNode n) {
    if (!n.isIntegralNumber()) {
      throw new IllegalArgumentException(
          "Cannot canonicalise JSON: fractional number " + n + " (write it as a decimal string)");
    }
    BigInteger v = n.bigIntegerValue();
    if (v.abs().compareTo(MAX_SAFE) > 0) {
      throw new IllegalArgumentException("Cannot canonicalise JSON: integer " + v + " beyond 2^53");
    }
    return v.toString();
  }

  /** A copy of a JSON tree with every string value and key in Unicode NFC. */
  public static JsonNode nfc(JsonNode n) {
    if (n.isTextual()) {
      return TextNode.valueOf(Normalizer.normalize(n.textValue(), Normalizer.Form.NFC));
    }
    if (n.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      n.forEach(e -> out.add(nfc(e)));
      return out;
    }
    if (n.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        out.set(Normalizer.normalize(e.getKey(), Normalizer.Form.NFC), nfc(e.getValue()));
      }
      return out;
    }
    return n;
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
