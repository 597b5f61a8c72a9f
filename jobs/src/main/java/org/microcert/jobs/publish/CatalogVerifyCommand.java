package org.microcert.jobs.publish;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code microcert catalog verify DIR}. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Check a published catalog folder: signature, every file's size and SHA-256, no file"
            + " added or missing, the link to the previous version. Exit 3 naming the file if"
            + " anything is wrong.")
public final class CatalogVerifyCommand extends JobCommand {

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description =
          "A catalog version folder, or a version (or 'latest') in the warehouse's catalog/.")
  String where;

  @Option(names = "--trusted-key", description = "The issuer's Ed25519 public key (SPKI PEM).")
  Path trustedKey;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) throws Exception {
    PublicKey key = trustedKey == null ? null : Ed25519Keys.readPublic(trustedKey);
    Path dir = CatalogFiles.resolve(settings.warehouse(), where);
    CatalogVerifier.Result r = CatalogVerifier.verify(dir, key);
    PrintWriter err = spec.commandLine().getErr();
    for (String n : r.notes()) {
      progress.info(n);
    }
    if (!r.ok()) {
      for (String p : r.problems()) {
        err.println("error: Cannot verify catalog " + dir + ": " + p);
      }
      err.flush();
      return ExitCodes.DATA_REJECTED;
    }
    spec.commandLine().getOut().println("catalog " + dir + " verifies");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
