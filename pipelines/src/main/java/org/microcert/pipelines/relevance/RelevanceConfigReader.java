package org.microcert.pipelines.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.microcert.taxonomy.io.IoReasons;

/**
 * Reads {@code conf/relevance.yaml} (top-level key {@code relevance}) over the code defaults.
 *
 * <p>Strict: a key the defaults do not have, or a value of the wrong kind, is an error naming the
 * key path. Keys left out keep their default.
 */
public final class RelevanceConfigReader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RelevanceConfigReader() {}

  /**
   * Reads a config file.
   *
   * @throws IllegalArgumentException for unknown keys, wrong types or out-of-range values
   */
  public static RelevanceConfig read(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot read relevance config " + file + ": " + IoReasons.of(e), e);
    }
  }

  /** Parses YAML text; {@code source} names it in errors. */
  public static RelevanceConfig parse(String yaml, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot read relevance config " + source + ": " + e.getMessage(), e);
    }
    ObjectNode merged = YAML.valueToTree(RelevanceConfig.defaults());
    if (root == null || root.isMissingNode() || root.isNull()) {
      return RelevanceConfig.defaults();
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException(
          "Cannot read relevance config " + source + ": expected a mapping with key 'relevance'");
    }
    List<String> problems = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> top = root.properties().iterator();
    while (top.hasNext()) {
      Map.Entry<String, JsonNode> e = top.next();
      if (!e.getKey().equals("relevance")) {
        problems.add("unknown key '" + e.getKey() + "'");
      } else if (!e.getValue().isNull()) {
        overlay(merged, e.getValue(), "relevance", problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot read relevance config " + source + ": " + String.join("; ", problems));
    }
    try {
      return YAML.treeToValue(merged, RelevanceConfig.class);
    } catch (IOException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException(
          "Cannot read relevance config " + source + ": " + cause.getMessage(), e);
    }
  }

  private static void overlay(
      ObjectNode target, JsonNode over, String path, List<String> problems) {
    if (!over.isObject()) {
      problems.add("'" + path + "' must be a mapping");
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> it = over.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = path + "." + e.getKey();
      JsonNode current = target.get(e.getKey());
      if (current == null) {
        List<String> known = new ArrayList<>();
        target.fieldNames().forEachRemaining(known::add);
        problems.add("unknown key '" + key + "' (known: " + String.join(", ", known) + ")");
      } else if (current.isObject()) {
        overlay((ObjectNode) current, e.getValue(), key, problems);
      } else if (!e.getValue().isNumber()) {
        problems.add("'" + key + "' must be a number, got '" + e.getValue().asText() + "'");
      } else {
        target.set(e.getKey(), e.getValue());
      }
    }
  }
}
