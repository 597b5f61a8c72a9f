package org.microcert.jobs.postings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.pipelines.postings.ExtractionModel;
import org.microcert.taxonomy.InputRejectedException;
import picocli.CommandLine.Option;

/**
 * The {@code --title-coder} option of {@code postings extract} and {@code bench titles}: how job
 * titles are coded to occupations.
 */
public final class TitleCoderOption {

  @Option(
      names = "--title-coder",
      paramLabel = "dense|lexical|overlap",
      defaultValue = "dense",
      description =
          "dense: the competency matcher's occupation side with its MiniLM side (each distinct"
              + " title embedded once, vectors kept in <warehouse>/cache/title-vectors.bin);"
              + " lexical: the matcher without MiniLM; overlap: token overlap with occupation"
              + " labels (needs no imported release). Default: ${DEFAULT-VALUE}; the matcher needs"
              + " an imported English release, else titles fall back to overlap.")
  public String coder;

  /** The title vectors kept between runs. */
  public static Path vectorFile(MicrocertSettings settings) {
    return settings.warehouse().resolve("cache").resolve("title-vectors.bin");
  }

  /**
   * The model with the chosen title coder. The matcher's index is that of the imported release in
   * {@code releaseDir} ({@code <warehouse>/taxonomy/esco/<version>/<lang>}; null: none).
   *
   * @param note receives one line when titles fall back to token overlap
   */
  public ExtractionModel apply(
      ExtractionModel model, MicrocertSettings settings, Path releaseDir, Consumer<String> note) {
    return apply(coder, model, settings, releaseDir, note);
  }

  /** As {@link #apply(ExtractionModel, MicrocertSettings, Path, Consumer)} for a coder name. */
  public static ExtractionModel apply(
      String coder,
      ExtractionModel model,
      MicrocertSettings settings,
      Path releaseDir,
      Consumer<String> note) {
    String c = coder == null ? "dense" : coder.strip().toLowerCase(Locale.ROOT);
    if (!c.equals("dense") && !c.equals("lexical") && !c.equals("overlap")) {
      throw new InputRejectedException(
          "Cannot use title coder '" + coder + "': expected dense, lexical or overlap");
    }
    if (c.equals("overlap")) {
      return model;
    }
    Optional<Path> index = ReleaseIndex.of(releaseDir);
    if (index.isEmpty()) {
      note.accept("no imported English ESCO release with an index: coding titles by token overlap");
      return model;
    }
    boolean dense = c.equals("dense");
    return model.withTitleMatcher(index.get(), dense, dense ? vectorFile(settings) : null);
  }
}
