package org.microcert.taxonomy.extract;

import java.io.Serializable;
import java.util.Objects;

/**
 * One label of one concept, as fed to the extractor.
 *
 * @param uri concept URI
 * @param label the label text as ESCO writes it
 * @param preferred whether it is the preferred label
 */
public record LabelEntry(String uri, String label, boolean preferred) implements Serializable {

  public LabelEntry {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(label, "label");
  }
}
