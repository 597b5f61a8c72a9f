package org.microcert.taxonomy.esco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.io.Reject;
import org.microcert.taxonomy.model.EscoCollection;

/**
 * Loads an ESCO release folder in the official CSV layout into a {@link Taxonomy}.
 *
 * <p>Every data row ends either in the taxonomy or in {@link EscoLoadResult#rejects()} with its
 * file, start line, column and reason, so that per file {@code rowsIn == accepted + rejected}.
 * Missing optional files are reported, not fatal; only a folder with neither skills nor occupations
 * is "not a release". Fatal problems throw {@link EscoReleaseException}.
 *
 * <p>Stateless and thread-safe; one instance can load many releases.
 */
public final class EscoCsvLoader {

  /**
   * The core files (skills, occupations, occupation-skill relations) that the release in {@code
   * releaseDir} lacks, by the names they would have; empty for a complete release. An import
   * without them would replace a complete release with a partial one, so the import refuses unless
   * the operator says the release is partial.
   *
   * @throws EscoReleaseException if the folder is not an ESCO release at all
   */
  public static List<String> missingCoreFiles(Path releaseDir, String version, String language)
      throws EscoReleaseException {
    ReleaseLayout layout = ReleaseLayout.scan(releaseDir, version, language);
    List<String> missing = new ArrayList<>();
    for (EscoFile kind : ReleaseContents.expected(layout.version())) {
      if (kind.mustHaveRows() && layout.file(kind).isEmpty()) {
        missing.add(layout.expectedName(kind));
      }
    }
    return missing;
  }

  /**
   * Loads a release.
   *
   * @param releaseDir the folder holding the CSV files
   * @param version e.g. {@code v1.1.1} or {@code 1.1.1}; null to detect from the folder name, then
   *     the content
   * @param language e.g. {@code en}; null to take it from the file names
   * @throws EscoReleaseException if the folder cannot be imported at all
   */
  public EscoLoadResult load(Path releaseDir, String version, String language)
      throws EscoReleaseException {
    ReleaseLayout layout = ReleaseLayout.scan(releaseDir, version, language);
    Taxonomy.Builder builder = Taxonomy.builder(layout.version(), layout.language());
    List<String> warnings = new ArrayList<>(layout.warnings());
    List<String> missing = new ArrayList<>();
    for (EscoFile kind : ReleaseContents.expected(layout.version())) {
      if (layout.file(kind).isEmpty()) {
        String name = layout.expectedName(kind);
        missing.add(name);
        warnings.add(
            "no "
                + kind.stem()
                + " file ("
                + name
                + "): "
                + ReleaseContents.what(kind)
                + " not imported");
      }
    }
    ConceptRows concepts = new ConceptRows(builder);
    RelationRows relations =
        new RelationRows(
            builder,
            concepts,
            layout.file(EscoFile.SKILLS).map(p -> p.getFileName().toString()).orElse(null),
            layout.file(EscoFile.OCCUPATIONS).map(p -> p.getFileName().toString()).orElse(null));
    List<FileReport> reports = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    for (Map.Entry<EscoFile, Path> e : layout.files().entrySet()) {
      EscoFile kind = e.getKey();
      Function<CsvSource, RowHandler> handler = handler(kind, concepts, relations);
      reports.add(read(releaseDir, e.getValue(), kind, handler, rejects, warnings));
    }
    summarise(relations, warnings);
    reports.sort(Comparator.comparing(FileReport::fileName));
    rejects.sort(Comparator.comparing(Reject::file).thenComparingLong(Reject::line));
    return new EscoLoadResult(builder.build(), reports, rejects, warnings, missing);
  }

  private static Function<CsvSource, RowHandler> handler(
      EscoFile kind, ConceptRows concepts, RelationRows relations) {
    return switch (kind) {
      case SKILLS -> concepts::skills;
      case OCCUPATIONS -> concepts::occupations;
      case SKILL_GROUPS -> concepts::skillGroups;
      case ISCO_GROUPS -> concepts::iscoGroups;
      case SKILLS_HIERARCHY -> concepts::hierarchy;
      case CONCEPT_SCHEMES -> concepts::conceptSchemes;
      case OCCUPATION_SKILL_RELATIONS -> relations::occupationSkills;
      case SKILL_SKILL_RELATIONS -> relations::skillSkills;
      case BROADER_SKILL_PILLAR, BROADER_OCC_PILLAR -> relations::broader;
      default -> {
        EscoCollection c = kind.collection().orElseThrow();
        yield src -> relations.collection(src, c);
      }
    };
  }

  private static FileReport read(
      Path releaseDir,
      Path file,
      EscoFile kind,
      Function<CsvSource, RowHandler> handlerFactory,
      List<Reject> rejects,
      List<String> warnings) {
    long bytes = size(releaseDir, file);
    try (CsvSource src = CsvSource.open(releaseDir, file, kind)) {
      RowHandler handler = handlerFactory.apply(src);
      int width = src.headerSize();
      long in = 0;
      long rejected = 0;
      for (CSVRecord r = src.next(); r != null; r = src.next()) {
        in++;
        long line = src.startLine();
        try {
          if (r.size() > width) {
            throw new RowRejected("", r.size() + " fields, header has " + width);
          }
          if (r.size() < width && !kind.ragged()) {
            throw new RowRejected("", r.size() + " fields, header has " + width);
          }
          handler.accept(r, line);
        } catch (RowRejected e) {
          rejected++;
          rejects.add(new Reject(src.name(), line, e.column(), e.getMessage()));
        }
      }
      if (in == 0) {
        if (kind.mustHaveRows()) {
          throw src.fatal("file has a header but no rows", null);
        }
        warnings.add(src.name() + ": header only, no rows");
      }
      return new FileReport(src.name(), kind, src.sha256(), bytes, in, in - rejected, rejected);
    }
  }

  private static long size(Path releaseDir, Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new EscoReleaseException(
          releaseDir, file.getFileName() + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static void summarise(RelationRows relations, List<String> warnings) {
    for (Map.Entry<String, Map<String, Integer>> e : relations.unknown.entrySet()) {
      String[] key = e.getKey().split("\u0000");
      Map<String, Integer> byUri = e.getValue();
      int rows = byUri.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder sb =
          new StringBuilder(key[0])
              .append(": ")
              .append(rows)
              .append(rows == 1 ? " row names " : " rows name ")
              .append(byUri.size())
              .append(' ')
              .append(key[1])
              .append(byUri.size() == 1 ? " value" : " values")
              .append(" not in ")
              .append(key[2])
              .append(" (rejected)");
      int shown = 0;
      for (Map.Entry<String, Integer> u : byUri.entrySet()) {
        if (shown++ == 5) {
          sb.append(", ...");
          break;
        }
        sb.append(shown == 1 ? ": " : ", ")
            .append(u.getKey())
            .append(" (")
            .append(u.getValue())
            .append(u.getValue() == 1 ? " row)" : " rows)");
      }
      warnings.add(sb.toString());
    }
    relations.danglingMembers.forEach(
        (file, n) ->
            warnings.add(
                file
                    + ": "
                    + n
                    + " members are neither skills nor occupations of this release"
                    + " (kept)"));
  }
}
