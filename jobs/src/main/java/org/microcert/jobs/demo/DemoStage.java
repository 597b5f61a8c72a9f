package org.microcert.jobs.demo;

import java.nio.file.Path;
import java.util.List;

/** One command of the demo chain. */
record DemoStage(String title, List<String> args) {

  /** Report date of the demo, fixed so that the demo's report is the same on every run. */
  static final String REPORT_DATE = "2026-01-15";

  /** The demo chain over the samples folder. */
  static List<DemoStage> stages(Path samples, Path warehouse) {
    String submission = samples.resolve("submissions/sample-submission.csv").toString();
    return List.of(
        new DemoStage(
            "import the shipped ESCO sample",
            List.of("taxonomy", "import", "--esco", samples.resolve("esco").toString())),
        new DemoStage("list imported releases", List.of("taxonomy", "list")),
        new DemoStage(
            "ingest the sample postings (and the bad-records file: its rows go to rejects)",
            List.of(
                "postings",
                "ingest",
                "--input",
                samples.resolve("postings/postings-sample.jsonl").toString(),
                "--input",
                samples.resolve("postings/postings-bad-records.jsonl").toString())),
        new DemoStage("extract skill mentions and code titles", List.of("postings", "extract")),
        new DemoStage("measure demand", List.of("demand")),
        new DemoStage("align the sample submission", List.of("align", "--input", submission)),
        new DemoStage("score relevance", List.of("relevance", "--submission", submission)),
        new DemoStage(
            "write the working groups' report",
            List.of(
                "report",
                "--output",
                warehouse.resolve("reports").toString(),
                "--date",
                REPORT_DATE)));
  }
}
