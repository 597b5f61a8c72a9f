package org.microcert.taxonomy.esco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files found in a release folder, with the release's language and version.
 *
 * @param dir the release folder
 * @param files each recognised file by kind
 * @param language the ESCO language code
 * @param version normalised version, e.g. {@code v1.1.1}
 * @param relationSuffix whether the relation files carry the language suffix
 * @param warnings remarks made while scanning (ignored files, how the version was found)
 */
record ReleaseLayout(
    Path dir,
    Map<EscoFile, Path> files,
    String language,
    String version,
    boolean relationSuffix,
    List<String> warnings) {

  private static final Pattern VERSION_IN_NAME =
      Pattern.compile("(?i)(?:^|[^a-z0-9])v(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?![0-9])");
  private static final Pattern VERSION_ARG = Pattern.compile("(?i)v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

  /** Scans a folder; fails if it is missing or not an ESCO release. */
  static ReleaseLayout scan(Path dir, String version, String language) {
    if (!Files.exists(dir)) {
      throw new EscoReleaseException(dir, "folder does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw new EscoReleaseException(dir, "not a directory");
    }
    List<String> warnings = new ArrayList<>();
    Map<EscoFile, Path> files = new EnumMap<>(EscoFile.class);
    Map<String, String> languages = new TreeMap<>();
    Boolean relationSuffix = null;
    for (Path p : list(dir)) {
      String name = p.getFileName().toString();
      if (!Files.isRegularFile(p) || !name.endsWith(".csv")) {
        continue;
      }
      Optional<EscoFile.Match> m = EscoFile.recognise(name);
      if (m.isEmpty()) {
        warnings.add("ignored " + name + ": not an ESCO file name");
        continue;
      }
      EscoFile kind = m.get().kind();
      String lang = m.get().language();
      if (lang.isEmpty() && !kind.suffixOptional()) {
        warnings.add(
            "ignored " + name + ": expected a language suffix (" + kind.stem() + "_<lang>.csv)");
        continue;
      }
      Path previous = files.put(kind, p);
      if (previous != null) {
        throw new EscoReleaseException(
            dir, "two files for " + kind.stem() + ": " + previous.getFileName() + " and " + name);
      }
      if (!lang.isEmpty()) {
        languages.put(name, lang);
      }
      if (kind.suffixOptional()) {
        relationSuffix =
            (relationSuffix == null ? Boolean.FALSE : relationSuffix) || !lang.isEmpty();
      }
    }
    if (!files.containsKey(EscoFile.SKILLS) && !files.containsKey(EscoFile.OCCUPATIONS)) {
      throw new EscoReleaseException(
          dir, "not an ESCO release (no skills_<lang>.csv and no occupations_<lang>.csv)");
    }
    String lang = language(dir, languages, language);
    String ver = version(dir, files, version, warnings);
    return new ReleaseLayout(
        dir, files, lang, ver, relationSuffix == null || relationSuffix, List.copyOf(warnings));
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new EscoReleaseException(dir, "cannot list folder (" + e.getMessage() + ")", e);
    }
  }

  private static String language(Path dir, Map<String, String> byFile, String requested) {
    List<String> distinct = byFile.values().stream().distinct().sorted().toList();
    if (distinct.size() > 1) {
      StringBuilder sb = new StringBuilder("mixed languages ").append(distinct).append(":");
      for (String lang : distinct) {
        String first =
            byFile.entrySet().stream()
                .filter(e -> e.getValue().equals(lang))
                .findFirst()
                .get()
                .getKey();
        sb.append(' ').append(first).append(" (").append(lang).append(')');
      }
      throw new EscoReleaseException(dir, sb.toString());
    }
    String found = distinct.get(0);
    if (requested != null && !requested.isBlank() && !requested.trim().equalsIgnoreCase(found)) {
      throw new EscoReleaseException(
          dir, "language " + requested.trim() + " requested but the files are in " + found);
    }
    return found;
  }

  private static String version(
      Path dir, Map<EscoFile, Path> files, String requested, List<String> warnings) {
    if (requested != null && !requested.isBlank()) {
      Matcher m = VERSION_ARG.matcher(requested.trim());
      if (!m.matches()) {
        throw new EscoReleaseException(
            dir, "version '" + requested + "' is not of the form v1.2.3");
      }
      return normalise(m);
    }
    Path folderName = dir.toAbsolutePath().normalize().getFileName();
    Matcher m = VERSION_IN_NAME.matcher(folderName == null ? "" : folderName.toString());
    if (m.find()) {
      String v = normalise(m);
      warnings.add("version " + v + " taken from the folder name");
      return v;
    }
    if (files.containsKey(EscoFile.ICT_COLLECTION)) {
      warnings.add(
          "version v1.1.0 inferred from content (ictSkillsCollection present);"
              + " pass --version if that is wrong");
      return "v1.1.0";
    }
    if (files.containsKey(EscoFile.DIGITAL_COLLECTION)) {
      warnings.add(
          "version v1.1.1 inferred from content (digitalSkillsCollection present, the only"
              + " v1.1.x release with it; later releases also have it): pass --version if wrong");
      return "v1.1.1";
    }
    throw new EscoReleaseException(
        dir,
        "cannot detect the ESCO version (folder name has no vX.Y.Z and no version-specific"
            + " collection file is present): pass --version, e.g. --version v1.1.1");
  }

  private static String normalise(Matcher m) {
    String patch = m.group(3) == null ? "0" : m.group(3);
    return "v"
        + Integer.parseInt(m.group(1))
        + "."
        + Integer.parseInt(m.group(2))
        + "."
        + Integer.parseInt(patch);
  }

  /** The name a missing file of this kind would have in this release. */
  String expectedName(EscoFile kind) {
    return kind.suffixOptional() && !relationSuffix ? kind.fileName("") : kind.fileName(language);
  }

  /** The file of this kind, if present. */
  Optional<Path> file(EscoFile kind) {
    return Optional.ofNullable(files.get(kind));
  }
}
