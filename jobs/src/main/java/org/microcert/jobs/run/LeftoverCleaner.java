package org.microcert.jobs.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microcert.taxonomy.io.AtomicFiles;

/**
 * Cleans what dead runs left in a warehouse: temporary files and staging folders are deleted, and a
 * folder set aside while being replaced ({@code .NAME.old-*}) is put back when the kill came before
 * its replacement was moved in. Run only while holding the {@link WarehouseLock}: then no live run
 * owns any of these.
 *
 * <p>A staging folder that a failed execution will resume from (its path is in the execution's
 * context, see {@link RestartState}) is kept.
 */
public final class LeftoverCleaner {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final Pattern WITH_UUID =
      Pattern.compile("^\\.(.+?)(\\.staging-|\\.old-|-old-|\\.tmp-|-tmp-)" + UUID + "$");
  private static final Pattern PLAIN = Pattern.compile("^\\.(.+)\\.(tmp|old)$");
  private static final Pattern WITH_PID = Pattern.compile("^(.+)\\.tmp-[0-9]+$");
  private static final int MAX_DEPTH = 8;

  private LeftoverCleaner() {}

  /**
   * Cleans {@code warehouse}, keeping the paths in {@code keep}; prints one line if it did
   * anything.
   *
   * @return the number of leftovers removed or restored
   */
  public static int clean(Path warehouse, Set<Path> keep, Consumer<String> out) {
    return clean(warehouse, MAX_DEPTH, keep, out);
  }

  /**
   * Cleans only the direct children of {@code dir} (an output folder outside the warehouse, such as
   * a report folder, where only names microcert makes are touched).
   */
  public static int cleanChildren(Path dir, Consumer<String> out) {
    return clean(dir, 1, Set.of(), out);
  }

  private static int clean(Path warehouse, int depth, Set<Path> keep, Consumer<String> out) {
    if (!Files.isDirectory(warehouse)) {
      return 0;
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          warehouse,
          Set.of(),
          depth,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
              if (!d.equals(warehouse) && isLeftover(d)) {
                found.add(d);
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
              if (isLeftover(f)) {
                found.add(f);
              }
              return FileVisitResult.CONTINUE;
            }
          });
      int removed = 0;
      int restored = 0;
      for (Path p : found) {
        if (keep.contains(p.toAbsolutePath().normalize())) {
          // kept for the failed execution to resume from, but what its dead writer left half
          // made inside it (a competency index being written, say) must not be published with it
          removed += Files.isDirectory(p) ? clean(p, MAX_DEPTH, Set.of(), line -> {}) : 0;
          continue;
        }
        Path original = setAsideOriginal(p);
        if (original != null && !Files.exists(original)) {
          Files.move(p, original);
          restored++;
        } else {
          AtomicFiles.deleteRecursively(p);
          removed++;
        }
      }
      if (removed + restored > 0) {
        out.accept(
            "Cleaned up after a run that died: "
                + removed
                + " temporary file(s) or folder(s) removed"
                + (restored > 0 ? ", " + restored + " replaced folder(s) put back" : "")
                + " under "
                + warehouse);
      }
      return removed + restored;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot clean up warehouse " + warehouse + ": " + e.getMessage(), e);
    }
  }

  static boolean isLeftover(Path p) {
    String n = p.getFileName().toString();
    return WITH_UUID.matcher(n).matches()
        || PLAIN.matcher(n).matches()
        || WITH_PID.matcher(n).matches();
  }

  /** For a folder set aside while being replaced, the path it came from; otherwise null. */
  private static Path setAsideOriginal(Path p) {
    String n = p.getFileName().toString();
    Matcher m = WITH_UUID.matcher(n);
    if (m.matches() && m.group(2).contains("old")) {
      return p.resolveSibling(m.group(1));
    }
    m = PLAIN.matcher(n);
    if (m.matches() && m.group(2).equals("old")) {
      return p.resolveSibling(m.group(1));
    }
    return null;
  }
}
