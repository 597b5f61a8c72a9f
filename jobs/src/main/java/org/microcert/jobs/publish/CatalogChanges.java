package org.microcert.jobs.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.microcert.jobs.catalog.Catalog;
import org.microcert.jobs.catalog.CatalogJson;
import org.microcert.jobs.catalog.Jcs;
import org.microcert.jobs.catalog.Verdict;
import org.microcert.jobs.review.LogEntry;
import org.microcert.jobs.review.ReviewDecision;

/**
 * Competencies added, removed and changed from one catalog to the next, each with the decisions
 * behind it, and the SemVer bump that follows: a removal is a major change, an addition a minor
 * one, any other change a patch.
 *
 * @param from the previous version, or {@code null} for the first
 * @param to this version
 * @param added competencies new in {@code to}
 * @param removed competencies gone from {@code to}
 * @param changed competencies in both whose content differs
 */
record CatalogChanges(
    String from, String to, List<Item> added, List<Item> removed, List<Item> changed) {

  /**
   * One changed competency.
   *
   * @param uri ESCO URI
   * @param label its label
   * @param fields the top-level fields that differ (for changes)
   * @param decisions the decisions behind it: {@code <entry hash> <decision> by <reviewer>
   *     (<working group>, <date>) on <credential>/<outcome>}, or why it left
   */
  record Item(String uri, String label, List<String> fields, List<String> decisions) {}

  /** The SemVer bump: {@code major}, {@code minor}, {@code patch} or {@code none}. */
  String bump() {
    if (!removed.isEmpty()) {
      return "major";
    }
    if (!added.isEmpty()) {
      return "minor";
    }
    return changed.isEmpty() ? "none" : "patch";
  }

  /** The next version after {@code previous} for this diff ({@code 1.0.0} for the first). */
  static String next(String previous, String bump) {
    if (previous == null) {
      return "1.0.0";
    }
    int[] v = parse(previous);
    return switch (bump) {
      case "major" -> (v[0] + 1) + ".0.0";
      case "minor" -> v[0] + "." + (v[1] + 1) + ".0";
      case "patch" -> v[0] + "." + v[1] + "." + (v[2] + 1);
      default -> previous;
    };
  }

  /** {@code major.minor.patch} as numbers. */
  static int[] parse(String version) {
    if (version == null || !version.matches("\\d{1,6}\\.\\d{1,6}\\.\\d{1,6}")) {
      throw new IllegalArgumentException("'" + version + "' is not a version (major.minor.patch)");
    }
    String[] p = version.split("\\.");
    return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])};
  }

  /** Compares versions numerically. */
  static int compare(String a, String b) {
    int[] x = parse(a);
    int[] y = parse(b);
    for (int i = 0; i < 3; i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return 0;
  }

  /**
   * The changes from {@code before} (or nothing) to {@code after}; {@code log} explains removals
   * (the decision that replaced the approval), {@code after.needsReview()} the ESCO ones.
   */
  static CatalogChanges between(Catalog before, Catalog after, List<LogEntry> log) {
    Map<String, Catalog.Competency> a = new TreeMap<>();
    if (before != null) {
      before.competencies().forEach(c -> a.put(c.uri(), c));
    }
    Map<String, Catalog.Competency> b = new TreeMap<>();
    after.competencies().forEach(c -> b.put(c.uri(), c));
    List<Item> added = new ArrayList<>();
    List<Item> removed = new ArrayList<>();
    List<Item> changed = new ArrayList<>();
    for (Catalog.Competency c : b.values()) {
      Catalog.Competency old = a.get(c.uri());
      if (old == null) {
        added.add(new Item(c.uri(), c.label(), List.of(), decisions(c)));
      } else {
        List<String> fields = fieldsChanged(old, c);
        if (!fields.isEmpty()) {
          changed.add(new Item(c.uri(), c.label(), fields, decisions(c)));
        }
      }
    }
    for (Catalog.Competency c : a.values()) {
      if (!b.containsKey(c.uri())) {
        removed.add(new Item(c.uri(), c.label(), List.of(), whyRemoved(c, after, log)));
      }
    }
    return new CatalogChanges(
        before == null ? null : before.version(), after.version(), added, removed, changed);
  }

  private static List<String> fieldsChanged(Catalog.Competency x, Catalog.Competency y) {
    JsonNode a = CatalogJson.tree(single(x));
    JsonNode b = CatalogJson.tree(single(y));
    JsonNode ca = a.path("competencies").get(0);
    JsonNode cb = b.path("competencies").get(0);
    TreeSet<String> out = new TreeSet<>();
    for (Iterator<String> it = cb.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!Objects.equals(ca.get(f), cb.get(f))) {
        out.add(f);
      }
    }
    return new ArrayList<>(out);
  }

  private static Catalog single(Catalog.Competency c) {
    return new Catalog("0.0.0", List.of(), "1970-01-01", null, List.of(), List.of(c), List.of());
  }

  private static List<String> decisions(Catalog.Competency c) {
    List<String> out = new ArrayList<>();
    for (Catalog.Decision d : c.decisions()) {
      out.add(
          d.entry()
              + " "
              + d.decision().wire()
              + " ("
              + d.match().wire()
              + ") by "
              + d.reviewer()
              + " ("
              + d.workingGroup()
              + ", "
              + d.date()
              + ") on "
              + d.credentialCode()
              + "/"
              + d.outcomeId()
              + (d.stale() ? " [stale: " + String.join("; ", d.staleReasons()) + "]" : ""));
    }
    return out;
  }

  private static List<String> whyRemoved(Catalog.Competency c, Catalog after, List<LogEntry> log) {
    List<String> out = new ArrayList<>();
    for (Catalog.NeedsReview n : after.needsReview()) {
      if (n.uri().equals(c.uri())) {
        out.add(
            "needs review: ESCO "
                + n.currentRelease()
                + " "
                + n.change()
                + (n.fields().isEmpty() ? "" : " (" + String.join(", ", n.fields()) + ")")
                + " this concept approved against "
                + n.pinnedRelease());
      }
    }
    for (Catalog.Alignment al : c.alignments()) {
      LogEntry last = null;
      for (LogEntry e : log) {
        ReviewDecision d = e.decision();
        if (d != null
            && d.conceptUri().equals(c.uri())
            && d.credential().equals(al.credentialCode())
            && d.outcome().equals(al.outcomeId())) {
          last = e;
        }
      }
      if (last != null && last.decision().decision() != Verdict.APPROVE) {
        ReviewDecision d = last.decision();
        out.add(
            last.hash()
                + " "
                + d.decision().wire()
                + " by "
                + d.reviewer()
                + " ("
                + d.workingGroup()
                + ", "
                + d.date()
                + ") on "
                + d.credential()
                + "/"
                + d.outcome()
                + ": "
                + d.rationale());
      }
    }
    if (out.isEmpty()) {
      out.add("no current approval");
    }
    return out;
  }

  /** {@code changes.json}: RFC 8785 JSON. */
  byte[] json() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("from", from);
    o.put("to", to);
    o.put("bump", bump());
    o.set("added", items(added));
    o.set("removed", items(removed));
    o.set("changed", items(changed));
    return Jcs.bytes(Jcs.nfc(o));
  }

  private static ArrayNode items(List<Item> items) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (Item i : items) {
      ObjectNode n = a.addObject();
      n.put("uri", i.uri());
      n.put("label", i.label());
      ArrayNode f = n.putArray("fields");
      i.fields().forEach(f::add);
      ArrayNode d = n.putArray("decisions");
      i.decisions().forEach(d::add);
    }
    return a;
  }

  /** {@code CHANGES.md}. */
  String markdown() {
    StringBuilder s = new StringBuilder();
    s.append("# Catalog ").append(to).append('\n').append('\n');
    s.append(from == null ? "First version." : "Changes since " + from + " (" + bump() + ").")
        .append('\n');
    section(s, "Added", added);
    section(s, "Removed", removed);
    section(s, "Changed", changed);
    return s.toString();
  }

  private static void section(StringBuilder s, String title, List<Item> items) {
    s.append('\n').append("## ").append(title).append(" (").append(items.size()).append(")\n");
    if (items.isEmpty()) {
      s.append('\n').append("None.\n");
      return;
    }
    s.append('\n');
    for (Item i : items) {
      s.append("- ").append(md(i.label())).append(" <").append(i.uri()).append('>');
      if (!i.fields().isEmpty()) {
        s.append(": ").append(String.join(", ", i.fields()));
      }
      s.append('\n');
      for (String d : i.decisions()) {
        s.append("  - ").append(md(d)).append('\n');
      }
    }
  }

  /** Markdown-inert text: no markup, links or HTML from user text. */
  private static String md(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (char c : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
      if ("\\`*_[]<>#|~&".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
