package org.microcert.jobs.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.microcert.taxonomy.io.WarehouseLayout;

/** One command of the demo chain. */
record DemoStage(String title, List<String> args) {

  /** Report date of the demo, fixed so that the demo's report is the same on every run. */
  static final String REPORT_DATE = "2026-01-15";

  /**
   * What the demo reads: an ESCO release, postings files, a submission, and the working groups'
   * decisions and partners' endorsements on it.
   */
  record Inputs(
      Path esco, List<Path> postings, Path submission, Path decisions, Path endorsements) {}

  /** The demo chain. */
  static List<DemoStage> stages(Inputs in, Path warehouse) {
    String submission = in.submission().toString();
    List<String> ingest = new ArrayList<>(List.of("postings", "ingest"));
    for (Path p : in.postings()) {
      ingest.add("--input");
      ingest.add(p.toString());
    }
    return List.of(
        new DemoStage("import the ESCO release " + in.esco(), List.of("taxonomy", "import", "--esco", in.esco().toString())),
        new DemoStage("list imported releases", List.of("taxonomy", "list")),
        new DemoStage("ingest postings (bad rows go to a rejects file)", ingest),
        new DemoStage("extract skill mentions and code titles", List.of("postings", "extract")),
        new DemoStage("measure demand", List.of("demand")),
        new DemoStage("align the sample submission", List.of("align", "--input", submission)),
        new DemoStage(
            "record the working groups' decisions (they cite the alignment-only report)",
            List.of(
                "review", "import", "--input", in.decisions().toString(), "--cite-current-report")),
        new DemoStage("score relevance", List.of("relevance", "--submission", submission)),
        new DemoStage(
            "record the partners' endorsements (they cite the report with relevance)",
            List.of(
                "review",
                "import",
                "--input",
                in.endorsements().toString(),
                "--cite-current-report")),
        new DemoStage(
            "list decisions and endorsements (decisions are stale: demand evidence came since)",
            List.of("review", "list")),
        new DemoStage("check the review log's hash chain", List.of("review", "verify")),
        new DemoStage(
            "write the working groups' report",
            List.of(
                "report",
                "--output",
                new WarehouseLayout(warehouse).reports().toString(),
                "--date",
                REPORT_DATE)),
        new DemoStage(
            "publish the signed catalog (with a THROWAWAY key generated for the demo)",
            List.of("catalog", "publish", "--throwaway-key")),
        new DemoStage("verify the published catalog", List.of("catalog", "verify", "latest")));
  }
}
