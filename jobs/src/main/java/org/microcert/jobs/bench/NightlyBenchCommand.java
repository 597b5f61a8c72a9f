package org.microcert.jobs.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.config.NightlySettings;
import org.microcert.jobs.nightly.NightlyCommand;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.runs.RunHistory;
import org.microcert.jobs.runs.RunRecord;
import org.microcert.jobs.runs.StepRecord;
import org.microcert.jobs.support.OptionChecks;
import org.microcert.jobs.taxonomy.TaxonomyManifest;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.pipelines.bench.PipelineBench;
import org.microcert.pipelines.postings.Warehouse;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.align.AlignBenchmark;
import org.microcert.taxonomy.io.WarehouseLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code microcert bench nightly}: two nights of the real {@code nightly} job in a scratch
 * warehouse. The first takes an ESCO release, N resampled real postings and the outcomes of a few
 * submissions; before the second a new ESCO release arrives, so the second re-extracts the postings
 * and re-aligns every outcome. Prints each step's time per night and a last JSON line.
 */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    description = {
      "Run two nights of 'nightly' in <warehouse>/bench-nightly/ (its own inboxes, warehouse and H2"
          + " job repository): night 1 imports an ESCO release and takes N new postings (real"
          + " postings resampled as 'bench pipeline' does) and M outcomes (real outcome texts,"
          + " shuffled, repeats perturbed) in a few submissions; night 2 gets a new ESCO release"
          + " (--new-esco, else a copy of --esco with one skill label changed), so every outcome"
          + " is re-aligned.",
      "Prints each step's seconds per night and, last, one JSON line {\"nights\": [{\"date\","
          + " \"seconds\", \"steps\": {step: seconds}}], \"postings\", \"outcomes\","
          + " \"submissions\", \"esco\", \"lexical_only\", \"sentence_skills\" (the"
          + " configuration's nightly.sentence-skills), \"total\"}."
    })
public final class NightlyBenchCommand extends JobCommand {

  private static final LocalDate FIRST_NIGHT = LocalDate.of(2026, 1, 1);

  @Option(
      names = "--postings",
      paramLabel = "N",
      defaultValue = "100000",
      description = "New postings on the first night (default: ${DEFAULT-VALUE}).")
  int postings;

  @Option(
      names = "--outcomes",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Outcomes submitted on the first night (default: ${DEFAULT-VALUE}).")
  int outcomes;

  @Option(
      names = "--submissions",
      paramLabel = "N",
      defaultValue = "4",
      description = "Submission files the outcomes are split into (default: ${DEFAULT-VALUE}).")
  int submissions;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      defaultValue = "${sys:microcert.home:-.}/../shared/data/postings/postings_all.jsonl.gz",
      description = "Real postings JSONL(.gz) to resample (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(
      names = "--source",
      paramLabel = "FILE",
      description =
          "CSV (or .csv.gz) of real outcome texts (outcome_text or learning_outcome column);"
              + " repeat to add files (default: the Glasgow/Deakin, Coursera and Monash outcome"
              + " files in ../shared/data/outcomes/).")
  List<Path> sources;

  @Option(
      names = "--esco",
      paramLabel = "DIR",
      defaultValue = "${sys:microcert.home:-.}/data-samples/esco",
      description = "ESCO CSV release of the first night (default: ${DEFAULT-VALUE}).")
  Path esco;

  @Option(
      names = "--new-esco",
      paramLabel = "DIR",
      description =
          "ESCO CSV release arriving before the second night (default: a copy of --esco with one"
              + " skill's preferred label changed and the patch version bumped).")
  Path newEsco;

  @Option(names = "--lexical-only", description = "Align without the dense (MiniLM) side.")
  boolean lexicalOnly;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Seed of the generated postings and outcomes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    OptionChecks.inRange("--postings", postings, 1, 10_000_000);
    OptionChecks.inRange("--outcomes", outcomes, 1, 1_000_000);
    OptionChecks.inRange("--submissions", submissions, 1, 1_000);
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    Path work = new WarehouseLayout(settings.warehouse()).nightlyBench().toAbsolutePath();
    Path escoInbox = work.resolve("inbox").resolve("esco");
    Path postingsInbox = work.resolve("inbox").resolve("postings");
    Path submissionsInbox = work.resolve("inbox").resolve("submissions");
    MicrocertSettings bench =
        new MicrocertSettings(
            work.resolve("warehouse"),
            settings.sparkMaster(),
            settings.sparkConf(),
            new MicrocertSettings.JobRepositorySettings("", "sa", ""),
            new NightlySettings(
                escoInbox,
                postingsInbox,
                submissionsInbox,
                null,
                lexicalOnly,
                settings.nightly().sentenceSkills(),
                settings.nightly().cron()));

    progress.phase("preparing " + work);
    deleteTree(work);
    Path first = esco.toAbsolutePath().normalize();
    copyRelease(first, escoInbox.resolve(first.getFileName().toString()));
    PipelineBench.generate(input, postings, postingsInbox, seed);
    List<String> texts =
        NightlyBenchData.outcomeTexts(
            AlignBenchmark.readOutcomeTexts(outcomeSources()), outcomes, seed);
    NightlyBenchData.writeSubmissions(texts, submissions, submissionsInbox);
    out.printf(
        Locale.ROOT,
        "inputs: %,d postings (resampled from %s), %,d outcomes in %d submissions, ESCO %s%n",
        postings,
        input.getFileName(),
        texts.size(),
        submissions,
        first);

    List<Night> nights = new ArrayList<>();
    nights.add(night(bench, progress, FIRST_NIGHT, out));
    String from = newestRelease(bench);
    String change = addNewRelease(bench, first, escoInbox, from);
    out.println("new ESCO release before night 2: " + change);
    nights.add(night(bench, progress, FIRST_NIGHT.plusDays(1), out));
    String to = newestRelease(bench);
    if (to.equals(from)) {
      throw new IllegalStateException(
          "Cannot benchmark the re-alignment: night 2 imported no newer release than " + from);
    }

    double total = nights.stream().mapToDouble(Night::seconds).sum();
    out.printf(Locale.ROOT, "total: %.1f s for %d nights%n", total, nights.size());
    out.println(
        json(
            nights,
            texts.size(),
            from + " -> " + to,
            settings.nightly().sentenceSkills().label(),
            total));
    return ExitCodes.OK;
  }

  private List<Path> outcomeSources() {
    if (sources != null && !sources.isEmpty()) {
      return sources;
    }
    Path dir =
        Path.of(System.getProperty("microcert.home", "."), "..", "shared", "data", "outcomes");
    return List.of(
        dir.resolve("uni_glasgow_deakin_course_ilos.csv"),
        dir.resolve("coursera_what_you_will_learn.csv.gz"),
        dir.resolve("monash_edm2022_learning_outcomes_bloom.csv.gz"));
  }

  /** One night: its seconds and each step's. */
  record Night(LocalDate date, double seconds, Map<String, Double> steps) {}

  private static Night night(
      MicrocertSettings bench, Progress progress, LocalDate date, PrintStream out) {
    long t0 = System.nanoTime();
    int code = NightlyCommand.night(bench, progress, date);
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (code != ExitCodes.OK) {
      throw new IllegalStateException(
          "Cannot benchmark the night of " + date + ": nightly exited " + code);
    }
    RunRecord run =
        new RunHistory(bench)
            .recent(200).stream()
                .filter(r -> r.job().equals("nightlyJob"))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "Cannot find the nightly run of " + date + " in the job repository"));
    Map<String, Double> steps = new LinkedHashMap<>();
    for (StepRecord s : run.steps()) {
      double sec =
          s.start() == null || s.end() == null
              ? 0
              : Duration.between(s.start(), s.end()).toMillis() / 1000.0;
      steps.put(s.name(), sec);
      out.printf(Locale.ROOT, "night %s  %-18s %8.1f s  %s%n", date, s.name(), sec, brief(s));
    }
    out.printf(Locale.ROOT, "night %s  %-18s %8.1f s%n", date, "total", seconds);
    return new Night(date, seconds, steps);
  }

  private static String brief(StepRecord s) {
    String d = s.exitDescription() == null ? "" : s.exitDescription().strip();
    int nl = d.indexOf('\n');
    return nl < 0 ? d : d.substring(0, nl);
  }

  private static String newestRelease(MicrocertSettings bench) {
    return new TaxonomyWarehouse(bench.warehouse())
        .latest("en")
        .map(TaxonomyManifest::version)
        .orElseThrow(
            () -> new IllegalStateException("Cannot benchmark: night 1 imported no release"));
  }

  /** Puts the second release into the inbox; returns what changed. */
  private String addNewRelease(MicrocertSettings bench, Path first, Path inbox, String from) {
    if (newEsco != null) {
      Path n = newEsco.toAbsolutePath().normalize();
      copyRelease(n, inbox.resolve(n.getFileName().toString()));
      return n.toString();
    }
    String next = nextPatch(from);
    String label =
        NightlyBenchData.changedRelease(
            first, inbox.resolve(first.getFileName().toString() + "-bench-" + next));
    return "ESCO " + from + " with one label changed (\"" + label + "\"), as " + next;
  }

  static String nextPatch(String version) {
    String[] p = version.replaceFirst("^v", "").split("\\.");
    if (p.length != 3) {
      throw new InputRejectedException("Cannot bump ESCO version " + version + ": not vX.Y.Z");
    }
    return "v" + p[0] + "." + p[1] + "." + (Integer.parseInt(p[2]) + 1);
  }

  private static void copyRelease(Path from, Path to) {
    if (!Files.isDirectory(from)) {
      throw new InputRejectedException("Cannot read ESCO release " + from + ": no such folder");
    }
    try (Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot copy ESCO release " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) {
    try {
      Warehouse.deleteTree(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clear " + dir + ": " + e.getMessage(), e);
    }
  }

  private String json(
      List<Night> nights, int outcomeCount, String release, String sentenceSkills, double total) {
    String ns =
        nights.stream()
            .map(
                n ->
                    String.format(
                        Locale.ROOT,
                        "{\"date\":\"%s\", \"seconds\":%.1f, \"steps\":{%s}}",
                        n.date(),
                        n.seconds(),
                        n.steps().entrySet().stream()
                            .map(
                                e ->
                                    String.format(
                                        Locale.ROOT, "\"%s\":%.1f", e.getKey(), e.getValue()))
                            .collect(Collectors.joining(", "))))
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "{\"nights\":[%s], \"postings\":%d, \"outcomes\":%d, \"submissions\":%d, \"esco\":\"%s\","
            + " \"lexical_only\":%s, \"sentence_skills\":\"%s\", \"total\":%.1f}",
        ns,
        postings,
        outcomeCount,
        submissions,
        release,
        lexicalOnly,
        sentenceSkills,
        total);
  }
}
