package org.microcert.jobs.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.microcert.taxonomy.diff.ChangeKind;

/**
 * Prints a diff's {@code changes.json} as a table: the counts, then the first changes of each kind.
 */
final class TaxonomyDiffTable {

  private TaxonomyDiffTable() {}

  /** Prints the summary table and the first {@code limit} changes of each kind. */
  static void print(PrintWriter out, Path diffJson, int limit) throws IOException {
    JsonNode root = TaxonomyDiffTasklet.JSON.readTree(diffJson.toFile());
    out.printf(
        "ESCO %s -> %s (%s)%n%n",
        root.get("from").asText(), root.get("to").asText(), root.get("language").asText());
    String fmt = "%-12s %8s %8s %8s%n";
    out.printf(fmt, "TYPE", "ADDED", "REMOVED", "CHANGED");
    root.get("summary")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                out.printf(
                    fmt,
                    e.getKey(),
                    e.getValue().get("added").asLong(),
                    e.getValue().get("removed").asLong(),
                    e.getValue().get("changed").asLong()));
    for (ChangeKind kind : ChangeKind.values()) {
      String k = kind.name().toLowerCase(Locale.ROOT);
      List<JsonNode> of = new ArrayList<>();
      root.get("changes")
          .forEach(
              c -> {
                if (c.get("change").asText().equals(k)) {
                  of.add(c);
                }
              });
      if (of.isEmpty()) {
        continue;
      }
      out.printf(
          "%n%s (%d; first %d):%n",
          k.toUpperCase(Locale.ROOT), of.size(), Math.min(limit, of.size()));
      for (JsonNode c : of.subList(0, Math.min(limit, of.size()))) {
        StringBuilder fields = new StringBuilder();
        c.get("fields")
            .forEach(
                f ->
                    fields
                        .append(fields.length() == 0 ? "" : ", ")
                        .append(f.get("field").asText()));
        out.printf(
            "  %-11s %-40s %s%s%n",
            c.get("concept_type").asText(),
            truncate(c.get("preferred_label").asText(), 40),
            c.get("concept_uri").asText(),
            fields.length() == 0 ? "" : "  [" + fields + "]");
      }
    }
    out.flush();
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
