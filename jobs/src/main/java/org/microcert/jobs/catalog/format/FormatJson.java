package org.microcert.jobs.catalog.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.microcert.jobs.catalog.Jcs;

/**
 * The JSON of the published formats: keys sorted (code-point order), text NFC, two-space indent, LF
 * line ends and a final LF, so that the same tree always gives the same bytes.
 */
final class FormatJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private FormatJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static ArrayNode strings(Iterable<String> values) {
    ArrayNode a = array();
    values.forEach(a::add);
    return a;
  }

  /** The file bytes of a tree. */
  static byte[] bytes(JsonNode node) {
    try {
      String text = MAPPER.writer(PRETTY).writeValueAsString(sorted(Jcs.nfc(node)));
      return (text + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy with every object's keys in code-point order. */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        fields.add(it.next());
      }
      fields.sort(Map.Entry.comparingByKey());
      ObjectNode out = object();
      fields.forEach(e -> out.set(e.getKey(), sorted(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = array();
      node.forEach(x -> out.add(sorted(x)));
      return out;
    }
    return node;
  }

  /** The same JSON as a JSON-P object (what the JSON-LD library reads). */
  static JsonObject toJsonP(JsonNode node) {
    try (JsonReader r =
        Json.createReader(new StringReader(MAPPER.writeValueAsString(Jcs.nfc(node))))) {
      return r.readObject();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON-P object as a Jackson tree. */
  static JsonNode fromJsonP(JsonObject object) {
    try {
      return MAPPER.readTree(object.toString());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
