package org.microcert.taxonomy.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lines of a shipped word list: stripped, without blank lines and {@code #} comments. */
final class ResourceLines {

  private ResourceLines() {}

  /**
   * The lines of resource {@code name} next to {@code owner}, in file order.
   *
   * @param what what the list is, for the error message
   */
  static List<String> read(Class<?> owner, String name, String what) {
    List<String> out = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Cannot read " + what + ": resource " + name + " missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + what + ": " + e.getMessage(), e);
    }
    return out;
  }
}
