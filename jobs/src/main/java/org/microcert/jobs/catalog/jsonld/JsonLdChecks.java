package org.microcert.jobs.catalog.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands JSON-LD offline with undefined terms treated as errors, and checks independently that
 * every string value of the compact document survived expansion (VC 2.0 has no catch-all
 * vocabulary, so an undefined term would otherwise vanish silently, unsigned and unread).
 */
public final class JsonLdChecks {

  private JsonLdChecks() {}

  /** Options that fail on an undefined term and load contexts only from {@code contexts}. */
  public static JsonLdOptions strictOptions(LocalContexts contexts) {
    JsonLdOptions o = new JsonLdOptions(contexts);
    o.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
    return o;
  }

  /**
   * The expanded form of a document.
   *
   * @throws IllegalArgumentException naming the JSON-LD error (an undefined term, a missing
   *     context, a protected term redefined)
   */
  public static JsonArray expandStrict(JsonObject document, LocalContexts contexts) {
    try {
      return JsonLd.expand(JsonDocument.of(document))
          .options(strictOptions(contexts))
          .undefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail)
          .get();
    } catch (JsonLdError e) {
      throw new IllegalArgumentException(
          "JSON-LD expansion failed: " + e.getCode() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The string values of {@code document} (outside {@code @context} and type names) that do not
   * appear in {@code expanded}, neither verbatim nor as the end of an expanded IRI: what JSON-LD
   * dropped.
   */
  public static Set<String> droppedValues(JsonObject document, JsonArray expanded) {
    List<String> kept = new ArrayList<>();
    strings(expanded, null, kept, false);
    List<String> original = new ArrayList<>();
    strings(document, null, original, true);
    Set<String> dropped = new TreeSet<>();
    for (String v : original) {
      if (kept.stream().noneMatch(k -> k.equals(v) || k.endsWith(v))) {
        dropped.add(v);
      }
    }
    return dropped;
  }

  private static void strings(JsonValue v, String key, List<String> out, boolean compact) {
    switch (v.getValueType()) {
      case STRING -> out.add(((JsonString) v).getString());
      case ARRAY -> {
        for (JsonValue x : (JsonArray) v) {
          strings(x, key, out, compact);
        }
      }
      case OBJECT -> {
        for (Map.Entry<String, JsonValue> e : ((JsonObject) v).entrySet()) {
          String k = e.getKey();
          boolean skip = compact && (k.equals("@context") || k.equals("type") || k.equals("@type"));
          if (!skip) {
            strings(e.getValue(), k, out, compact);
          }
        }
      }
      default -> {}
    }
  }
}
