package org.microcert.jobs.catalog.format;

import java.util.Map;
import org.microcert.jobs.catalog.Catalog;

/** {@code LOSSES.md}: per format, what it cannot express and how many catalog facts it dropped. */
final class LossesReport {

  private LossesReport() {}

  static String markdown(Catalog catalog, Losses losses) {
    StringBuilder md = new StringBuilder();
    md.append("# What each format loses (catalog ").append(catalog.version()).append(")\n\n");
    md.append("`catalog.json` is the complete record. Each generated format carries only what its")
        .append(" standard can express;\nthe counts below are of this catalog's facts, counted")
        .append(" while the files were written.\n\"Text only\" means the fact survives in free")
        .append(" text (a note or description) that software does not read.\n");
    for (Map.Entry<String, Map<String, Losses.Count>> f : losses.counts().entrySet()) {
      String format = f.getKey();
      md.append("\n## ").append(format).append("\n\n");
      String limit = losses.limits().get(format);
      if (limit != null) {
        md.append(limit).append("\n\n");
      }
      md.append("| catalog fact | dropped | text only |\n|---|---:|---:|\n");
      for (Map.Entry<String, Losses.Count> c : f.getValue().entrySet()) {
        md.append("| ")
            .append(c.getKey())
            .append(" | ")
            .append(c.getValue().dropped)
            .append(" | ")
            .append(c.getValue().textOnly)
            .append(" |\n");
      }
      md.append("\nDropped in all: ").append(losses.dropped(format)).append(".\n");
    }
    return md.toString();
  }
}
