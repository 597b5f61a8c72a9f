package org.microcert.taxonomy.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one lookup of configuration files: {@code conf/<name>} in the working folder if it is there,
 * else in {@code <microcert.home>/conf} (the system property {@value #HOME_PROPERTY}, set by {@code
 * bin/microcert} to the checkout). A file named explicitly on the command line is used as given and
 * never goes through this lookup.
 */
public final class ConfigFiles {

  /** The system property naming the installation folder. */
  public static final String HOME_PROPERTY = "microcert.home";

  private final List<Path> dirs;

  /** Looks in each of {@code dirs} in turn. */
  public ConfigFiles(List<Path> dirs) {
    if (dirs.isEmpty()) {
      throw new IllegalArgumentException("no configuration folder");
    }
    this.dirs = List.copyOf(dirs);
  }

  /** {@code ./conf}, then {@code <microcert.home>/conf} when that property is set. */
  public static ConfigFiles standard() {
    List<Path> dirs = new ArrayList<>();
    dirs.add(Path.of("conf"));
    String home = System.getProperty(HOME_PROPERTY);
    if (home != null && !home.isBlank()) {
      dirs.add(Path.of(home, "conf"));
    }
    return new ConfigFiles(dirs);
  }

  /** The first existing regular file {@code <dir>/<name>}, if any. */
  public Optional<Path> find(String name) {
    for (Path d : dirs) {
      Path f = d.resolve(name);
      if (Files.isRegularFile(f)) {
        return Optional.of(f.toAbsolutePath().normalize());
      }
    }
    return Optional.empty();
  }

  /**
   * Where {@code name} is, or where it would be looked for first when it is nowhere (so a "no such
   * file" message names a real place).
   */
  public Path locate(String name) {
    return find(name).orElse(dirs.get(0).resolve(name).toAbsolutePath().normalize());
  }

  /**
   * The first folder that holds {@code name} (a file or a folder such as {@code sources}), else the
   * first folder that exists, else the first folder: the folder to resolve per-source files in.
   */
  public Path dirFor(String name) {
    for (Path d : dirs) {
      if (Files.exists(d.resolve(name))) {
        return d.toAbsolutePath().normalize();
      }
    }
    for (Path d : dirs) {
      if (Files.isDirectory(d)) {
        return d.toAbsolutePath().normalize();
      }
    }
    return dirs.get(0).toAbsolutePath().normalize();
  }
}
