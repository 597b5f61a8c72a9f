package org.microcert.jobs.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.RootCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code microcert demo}: runs the whole chain on the shipped samples in {@code data-samples/}, one
 * command after another, as an operator would.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Run the whole chain on the shipped samples (data-samples/): ESCO import, then each further"
            + " stage on the sample data. Stops at the first failing stage.")
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description = "Samples folder (default: data-samples/ of the installation).")
  Path samples;

  @Option(
      names = "--esco",
      paramLabel = "DIR",
      description =
          "ESCO release to import instead of the shipped subset, e.g. ../shared/data/esco.")
  Path esco;

  @Option(
      names = "--postings",
      paramLabel = "FILE",
      description = "Postings files to ingest instead of the shipped sample (repeatable).")
  List<Path> postings;

  @Override
  public Integer call() {
    Path dir = samplesDir();
    RootCommand root = RootCommand.of(spec);
    List<String> global = new ArrayList<>();
    var settings = root.settings();
    global.add("--warehouse");
    global.add(settings.warehouse().toString());
    DemoStage.Inputs inputs =
        new DemoStage.Inputs(
            esco != null ? esco : dir.resolve("esco"),
            postings != null
                ? postings
                : List.of(
                    dir.resolve("postings/postings-sample.jsonl"),
                    dir.resolve("postings/skillspan-tech-sample.jsonl.gz"),
                    dir.resolve("postings/postings-bad-records.jsonl")),
            dir.resolve("submissions/sample-submission.csv"),
            dir.resolve("review/sample-decisions.csv"),
            dir.resolve("review/sample-endorsements.csv"));
    for (DemoStage stage : DemoStage.stages(inputs, settings.warehouse())) {
      spec.commandLine().getErr().println("== demo: " + stage.title());
      List<String> args = new ArrayList<>(stage.args());
      args.addAll(global);
      int code = root.newCommandLine().execute(args.toArray(String[]::new));
      if (code != ExitCodes.OK) {
        spec.commandLine()
            .getErr()
            .println("demo stopped: '" + String.join(" ", args) + "' exited with " + code);
        return code;
      }
    }
    spec.commandLine()
        .getOut()
        .println("demo finished; warehouse: " + settings.warehouse().toAbsolutePath());
    return ExitCodes.OK;
  }

  private Path samplesDir() {
    if (samples != null) {
      return samples;
    }
    Path local = Path.of("data-samples");
    if (Files.isDirectory(local)) {
      return local;
    }
    String home = System.getProperty("microcert.home");
    return home == null ? local : Path.of(home, "data-samples");
  }
}
