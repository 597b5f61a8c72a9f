package org.microcert.jobs.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.RootCommand;
import org.microcert.jobs.run.RunInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code microcert runs show ID}: one past run in detail. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Show one run in detail: parameters, steps with read/write/skip counts and times.")
public final class RunsShowCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "ID", description = "The run's id (from 'microcert runs').")
  long id;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var settings = RootCommand.of(spec).settings();
    Optional<RunRecord> run = new RunHistory(settings).find(id);
    if (run.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("Cannot show run " + id + ": no such run in the job repository");
      return ExitCodes.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    RunFormat.detail(out, run.get());
    printInputs(out, RunInputs.file(settings.warehouse(), id));
    out.flush();
    return 0;
  }

  /** The inputs the run recorded in {@code <warehouse>/runs/<id>.json}, if it did. */
  private static void printInputs(PrintWriter out, Path file) {
    out.println("  inputs:");
    if (!Files.isRegularFile(file)) {
      out.println("    (not recorded)");
      return;
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      out.println("    (unreadable: " + file + ")");
      return;
    }
    for (Map.Entry<String, JsonNode> f : root.path("files").properties()) {
      out.println("    " + f.getKey() + " sha256 " + f.getValue().asText());
    }
    JsonNode r = root.path("escoRelease");
    String release;
    if (r.isObject()) {
      String manifest = r.path("manifestSha256").asText("");
      release =
          r.path("version").asText()
              + "/"
              + r.path("lang").asText()
              + (manifest.isEmpty() ? " (not imported)" : " (manifest sha256 " + manifest + ")")
              + ", from "
              + r.path("from").asText();
    } else {
      release = r.asText("");
    }
    out.println("    ESCO release: " + (release.isEmpty() ? "-" : release));
    out.println("    configuration sha256 " + root.path("configurationSha256").asText());
  }
}
