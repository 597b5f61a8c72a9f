package org.microcert.jobs.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.microcert.jobs.align.AlignJobConfiguration;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.config.NightlySettings;
import org.microcert.jobs.postings.DemandJobConfiguration;
import org.microcert.jobs.postings.PostingsExtractJobConfiguration;
import org.microcert.jobs.postings.PostingsExtractParameters;
import org.microcert.jobs.postings.PostingsIngestJobConfiguration;
import org.microcert.jobs.postings.PostingsInputs;
import org.microcert.jobs.publish.CatalogDraftJobConfiguration;
import org.microcert.jobs.publish.CatalogDraftParameters;
import org.microcert.jobs.relevance.RelevanceCommand;
import org.microcert.jobs.relevance.RelevanceJobConfiguration;
import org.microcert.jobs.report.ReportJobConfiguration;
import org.microcert.jobs.review.ReviewLog;
import org.microcert.jobs.taxonomy.TaxonomyImportJobConfiguration;
import org.microcert.jobs.taxonomy.TaxonomyManifest;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.pipelines.relevance.SafeNames;
import org.microcert.taxonomy.align.AlignmentRun;
import org.microcert.taxonomy.io.WarehouseLayout;
import org.microcert.taxonomy.match.SentenceSkills;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The nightly job's stages, in order. Each decides from the inboxes, the warehouse and the
 * watermarks ({@link NightlyState}) what is new tonight, and runs the existing job for it (the same
 * job the matching command runs).
 */
final class NightlyStages {

  private static final Set<String> POSTINGS_EXT = Set.of("csv", "jsonl", "json", "gz");
  private static final Set<String> SUBMISSION_EXT = Set.of("csv", "jsonl", "json");

  private final MicrocertSettings settings;
  private final NightlySettings conf;
  private final Path warehouse;
  private final LocalDate date;

  NightlyStages(MicrocertSettings settings, LocalDate date) {
    this.settings = settings;
    this.conf = settings.nightly();
    this.warehouse = settings.warehouse().toAbsolutePath().normalize();
    this.date = date;
  }

  List<Stage> all() {
    return List.of(
        stage("importTaxonomy", this::taxonomy),
        stage("ingestPostings", this::postings),
        stage("extractSkills", this::extract),
        stage("measureDemand", this::demand),
        stage("alignSubmissions", this::align),
        stage("scoreRelevance", this::relevance),
        stage("writeReports", this::reports),
        stage("draftCatalog", this::draftCatalog));
  }

  private Stage.Plan taxonomy(NightlyState state) {
    if (conf.escoInbox() == null) {
      return Stage.Plan.skip("no nightly.esco-inbox configured");
    }
    List<Path> releases = new ArrayList<>();
    if (isRelease(conf.escoInbox())) {
      releases.add(conf.escoInbox());
    } else {
      Fingerprints.folders(conf.escoInbox()).stream()
          .filter(this::isRelease)
          .forEach(releases::add);
    }
    List<Stage.Work> work = new ArrayList<>();
    for (Path r : releases) {
      String abs = abs(r);
      String key = "taxonomy.release:" + abs;
      String fp = Fingerprints.ofFolder(r);
      if (state.get(key).equals(fp)) {
        continue;
      }
      JobParameters p =
          new JobParametersBuilder()
              .addString("esco", abs)
              .addString("version", "")
              .addString("lang", "")
              .addString("warehouse", warehouse.toString())
              .addString("fingerprint", fp)
              .toJobParameters();
      work.add(
          new Stage.Work(
              TaxonomyImportJobConfiguration.JOB_NAME, p, "import " + abs, key, fp, false));
    }
    return work.isEmpty()
        ? Stage.Plan.skip("no new ESCO release in " + conf.escoInbox())
        : new Stage.Plan(work, "", Map.of());
  }

  private Stage.Plan postings(NightlyState state) {
    if (conf.postingsInbox() == null) {
      return Stage.Plan.skip("no nightly.postings-inbox configured");
    }
    List<Stage.Work> work = new ArrayList<>();
    Map<String, String> files = new TreeMap<>();
    List<Path> sources = new ArrayList<>();
    sources.add(conf.postingsInbox());
    sources.addAll(Fingerprints.folders(conf.postingsInbox()));
    for (Path dir : sources) {
      String source = dir.equals(conf.postingsInbox()) ? "shared" : dir.getFileName().toString();
      List<Path> fresh = new ArrayList<>();
      StringBuilder fps = new StringBuilder();
      for (Path f : Fingerprints.files(dir)) {
        if (!POSTINGS_EXT.contains(extension(f))) {
          continue;
        }
        String fp = Fingerprints.ofFile(f);
        if (!state.get("postings.file:" + abs(f)).equals(fp)) {
          fresh.add(f);
          fps.append(abs(f)).append(' ').append(fp).append('\n');
        }
      }
      if (fresh.isEmpty()) {
        continue;
      }
      JobParameters p =
          new JobParametersBuilder()
              .addString(
                  "inputs",
                  fresh.stream().map(NightlyStages::abs).collect(Collectors.joining("\n")))
              .addString("format", "")
              .addString("source", source)
              .addString("conf", PostingsInputs.confDir().toString())
              .addString("warehouse", warehouse.toString())
              .toJobParameters();
      // One watermark per source: the files it has taken in, by content.
      String key = "postings.source:" + source;
      String value = Fingerprints.ofText(state.get(key) + fps);
      work.add(
          new Stage.Work(
              PostingsIngestJobConfiguration.JOB_NAME,
              p,
              "ingest " + fresh.size() + " new file(s) of source " + source,
              key,
              value,
              false));
      for (Path f : fresh) {
        // Set once every run of the stage completed.
        files.put("postings.file:" + abs(f), Fingerprints.ofFile(f));
      }
    }
    return work.isEmpty()
        ? Stage.Plan.skip("no new postings file in " + conf.postingsInbox())
        : new Stage.Plan(work, "", files);
  }

  private Stage.Plan extract(NightlyState state) {
    String postings = postingsVersion(state);
    if (postings.isEmpty()) {
      return Stage.Plan.skip("no postings ingested yet");
    }
    if (newestEnglish() == null) {
      return Stage.Plan.skip("no ESCO release imported yet");
    }
    SentenceSkills.Rules rules = conf.sentenceSkills();
    // Without sentence skills the key is what it was before the setting existed, so turning the
    // setting on (or changing it) extracts again, and a warehouse that never set it does not.
    String input =
        Fingerprints.ofText(
            postings
                + "|"
                + taxonomyVersion()
                + (rules == SentenceSkills.Rules.OFF ? "" : "|sentence-skills=" + rules.label()));
    if (state.get("extract.input").equals(input)) {
      return Stage.Plan.skip("no new postings and no new ESCO release since the last extraction");
    }
    JobParametersBuilder p =
        new JobParametersBuilder()
            .addString("release", PostingsInputs.releaseDir(null, settings).toString())
            .addString("warehouse", warehouse.toString())
            .addString("input", input);
    if (rules != SentenceSkills.Rules.OFF) {
      p.addString("sentenceSkills", PostingsExtractParameters.parameter(rules));
    }
    return one(
        PostingsExtractJobConfiguration.JOB_NAME,
        p.toJobParameters(),
        rules == SentenceSkills.Rules.OFF
            ? "extract skills"
            : "extract skills (with the " + rules.label() + " sentence skills)",
        "extract.input",
        input);
  }

  private Stage.Plan demand(NightlyState state) {
    String input = state.get("extract.input");
    if (input.isEmpty()) {
      return Stage.Plan.skip("no skills extracted yet");
    }
    if (state.get("demand.input").equals(input)) {
      return Stage.Plan.skip("no new extraction since the last demand tables");
    }
    JobParameters p =
        new JobParametersBuilder()
            .addString("period", "month")
            .addString("release", PostingsInputs.releaseDir(null, settings).toString())
            .addString("warehouse", warehouse.toString())
            .addString("input", input)
            .toJobParameters();
    return one(DemandJobConfiguration.JOB_NAME, p, "measure demand", "demand.input", input);
  }

  private Stage.Plan align(NightlyState state) {
    if (conf.submissionsInbox() == null) {
      return Stage.Plan.skip("no nightly.submissions-inbox configured");
    }
    if (newestEnglish() == null) {
      return Stage.Plan.skip("no ESCO release imported yet");
    }
    String taxonomy = taxonomyVersion();
    List<Stage.Work> work = new ArrayList<>();
    for (Path f : Fingerprints.files(conf.submissionsInbox())) {
      if (!SUBMISSION_EXT.contains(extension(f))) {
        continue;
      }
      // Re-aligned when the file or the ESCO releases change.
      String value =
          Fingerprints.ofFile(f)
              + "|"
              + taxonomy
              + "|"
              + (conf.lexicalOnly() ? "lexical" : "dense");
      String key = "align.submission:" + abs(f);
      String last = state.get(key);
      if (last.equals(value) || last.equals("rejected|" + value)) {
        continue;
      }
      String id = AlignmentRun.submissionId(f);
      Path out = SafeNames.child(warehouse.resolve("alignments"), id);
      JobParameters p =
          new JobParametersBuilder()
              .addString("input", abs(f))
              .addString("output", abs(out))
              .addString("submissionId", id)
              .addString("top", "5")
              .addString("taxonomy", "")
              .addString("dense", Boolean.toString(!conf.lexicalOnly()))
              .addString("input.key", value)
              .toJobParameters();
      work.add(new Stage.Work(AlignJobConfiguration.JOB_NAME, p, "align " + id, key, value, true));
    }
    return work.isEmpty()
        ? Stage.Plan.skip("no new or changed submission in " + conf.submissionsInbox())
        : new Stage.Plan(work, "", Map.of());
  }

  private Stage.Plan relevance(NightlyState state) {
    String demand = state.get("demand.input");
    if (demand.isEmpty()) {
      return Stage.Plan.skip("no demand tables yet");
    }
    Path conf = RelevanceCommand.defaultConfig();
    List<Stage.Work> work = new ArrayList<>();
    for (Map.Entry<String, String> e : state.entries("align.submission:").entrySet()) {
      if (e.getValue().startsWith("rejected|")) {
        continue;
      }
      Path f = Path.of(e.getKey().substring("align.submission:".length()));
      String id = AlignmentRun.submissionId(f);
      String value = Fingerprints.ofText(e.getValue() + "|" + demand);
      String key = "relevance.submission:" + id;
      if (state.get(key).equals(value)) {
        continue;
      }
      JobParameters p =
          new JobParametersBuilder()
              .addString("warehouse", warehouse.toString())
              .addString("submission", id)
              .addString("region", "ALL")
              .addString("period", "")
              .addString("escoVersion", "")
              .addString("lang", "en")
              .addString("config", conf == null ? "" : abs(conf))
              .addString("input.key", value)
              .toJobParameters();
      work.add(
          new Stage.Work(RelevanceJobConfiguration.JOB_NAME, p, "score " + id, key, value, false));
    }
    return work.isEmpty()
        ? Stage.Plan.skip("no new alignment or demand since the last scores")
        : new Stage.Plan(work, "", Map.of());
  }

  private Stage.Plan reports(NightlyState state) {
    Map<String, String> scored = state.entries("relevance.submission:");
    if (scored.isEmpty()) {
      return Stage.Plan.skip("no relevance scores yet");
    }
    String input = Fingerprints.ofText(scored.toString());
    if (state.get("reports.input").equals(input)) {
      return Stage.Plan.skip("no new scores since the last reports");
    }
    Path out = conf.reports() == null ? warehouse.resolve("reports") : conf.reports();
    JobParameters p =
        new JobParametersBuilder()
            .addString("warehouse", warehouse.toString())
            .addString("submission", "")
            .addString("output", abs(out))
            .addString("date", date.toString())
            .addString("input.key", input)
            .toJobParameters();
    return one(
        ReportJobConfiguration.JOB_NAME, p, "write reports to " + out, "reports.input", input);
  }

  private Stage.Plan draftCatalog(NightlyState state) {
    Path log = new ReviewLog(warehouse).file();
    if (!Files.isRegularFile(log)) {
      return Stage.Plan.skip(
          "no review log yet (" + log + ": 'review import' records the working groups' decisions)");
    }
    Path latest = new WarehouseLayout(warehouse).catalog().resolve("latest");
    String input =
        Fingerprints.ofText(
            state.get("reports.input")
                + "|"
                + Fingerprints.ofFile(log)
                + "|"
                + (Files.isRegularFile(latest) ? Fingerprints.ofFile(latest) : ""));
    String last = state.get("catalog.draft.input");
    if (last.equals(input) || last.equals("rejected|" + input)) {
      return Stage.Plan.skip("no new reports or review decisions since the last draft");
    }
    JobParameters p =
        new JobParametersBuilder(new CatalogDraftParameters(warehouse).toJobParameters())
            .addString("input.key", input)
            .toJobParameters();
    // Publishing stays the deliberate 'catalog publish'; a log that cannot be drafted (tampered)
    // is recorded and the night goes on.
    return new Stage.Plan(
        List.of(
            new Stage.Work(
                CatalogDraftJobConfiguration.JOB_NAME,
                p,
                "draft the catalog (unsigned) in " + warehouse.resolve("catalog/draft"),
                "catalog.draft.input",
                input,
                true)),
        "",
        Map.of());
  }

  private static Stage.Plan one(
      String job, JobParameters p, String label, String key, String value) {
    return new Stage.Plan(List.of(new Stage.Work(job, p, label, key, value, false)), "", Map.of());
  }

  private String postingsVersion(NightlyState state) {
    Map<String, String> sources = state.entries("postings.source:");
    return sources.isEmpty() ? "" : Fingerprints.ofText(sources.toString());
  }

  /** The imported releases (version, language, source), as one key. */
  private String taxonomyVersion() {
    StringBuilder sb = new StringBuilder();
    for (TaxonomyManifest m : new TaxonomyWarehouse(warehouse).manifests()) {
      sb.append(m.version()).append('/').append(m.language()).append(' ').append(m.source());
      sb.append('\n');
    }
    return Fingerprints.ofText(sb.toString());
  }

  private TaxonomyManifest newestEnglish() {
    return new TaxonomyWarehouse(warehouse).latest("en").orElse(null);
  }

  private boolean isRelease(Path dir) {
    return Fingerprints.files(dir).stream()
        .anyMatch(f -> f.getFileName().toString().matches("skills_[a-z]{2,3}\\.csv"));
  }

  private static String extension(Path f) {
    String n = f.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String abs(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  private static Stage stage(String name, Function<NightlyState, Stage.Plan> f) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Stage.Plan plan(NightlyState state) {
        return f.apply(state);
      }
    };
  }
}
