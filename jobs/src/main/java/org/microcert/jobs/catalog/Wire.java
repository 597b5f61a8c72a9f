package org.microcert.jobs.catalog;

import java.util.Locale;

/** Parses the lower-case file names of the catalog's enums. */
final class Wire {

  private Wire() {}

  static <E extends Enum<E>> E parse(Class<E> type, String text, String expected) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is empty (expected " + expected + ")");
    }
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not " + expected, e);
    }
  }
}
