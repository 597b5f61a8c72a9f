package org.microcert.jobs.demo;

import java.nio.file.Path;
import java.util.List;

/** One command of the demo chain. */
record DemoStage(String title, List<String> args) {

  /** The demo chain over the samples folder. */
  static List<DemoStage> stages(Path samples, Path warehouse) {
    return List.of(
        new DemoStage(
            "import the shipped ESCO sample",
            List.of("taxonomy", "import", "--esco", samples.resolve("esco").toString())),
        new DemoStage("list imported releases", List.of("taxonomy", "list")));
  }
}
