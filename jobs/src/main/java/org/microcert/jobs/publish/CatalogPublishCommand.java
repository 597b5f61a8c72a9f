package org.microcert.jobs.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import org.microcert.taxonomy.InputRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert catalog publish}. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description =
        "Publish the approved competencies as a new immutable, signed catalog version in"
            + " <warehouse>/catalog/<version>/ (the version follows SemVer from the changes unless"
            + " given); the 'latest' pointer moves last. Nothing changed: nothing is published.")
public final class CatalogPublishCommand extends JobCommand {

  @Option(names = "--version", description = "Version to publish (major.minor.patch).")
  String version;

  @Option(
      names = "--as-of",
      description = "Catalog date (yyyy-mm-dd; default: the latest decision or endorsement date).")
  String asOf;

  @Option(
      names = "--signing-key",
      description = "Ed25519 private key (PKCS#8 PEM); default: signing-key in conf/catalog.yaml.")
  Path signingKey;

  @Option(
      names = "--throwaway-key",
      description = "Sign with a key generated for this run and then forgotten (demos only).")
  boolean throwaway;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) throws Exception {
    LocalDate date = null;
    if (asOf != null) {
      try {
        date = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw new InputRejectedException(
            "Cannot publish catalog: --as-of '" + asOf + "' is not a date (yyyy-mm-dd)");
      }
    }
    Path file = null;
    if (!throwaway) {
      file = signingKey;
      if (file == null) {
        file =
            SigningKeyConfig.signingKey(SigningKeyConfig.defaultFile())
                .orElseThrow(
                    () ->
                        new InputRejectedException(
                            "Cannot publish catalog: no signing key configured (set signing-key"
                                + " in "
                                + SigningKeyConfig.defaultFile()
                                + " to a PKCS#8 PEM Ed25519 private key, e.g. made with 'openssl"
                                + " genpkey -algorithm ed25519 -out catalog-key.pem', or pass"
                                + " --signing-key; --throwaway-key for a demo)"));
      }
      if (!Files.isRegularFile(file)) {
        throw new InputRejectedException(
            "Cannot publish catalog: signing key " + file + " does not exist");
      }
      Ed25519Keys.readPrivate(file);
      file = file.toAbsolutePath().normalize();
    }
    var params =
        new CatalogPublishParameters(
            settings.warehouse().toAbsolutePath().normalize(), version, date, file, throwaway);
    if (version != null) {
      try {
        CatalogChanges.parse(version);
      } catch (IllegalArgumentException e) {
        throw new InputRejectedException("Cannot publish catalog: --version " + e.getMessage());
      }
    }
    return new JobRunner(settings, progress)
        .run(
            CatalogPublishJobConfiguration.class,
            CatalogPublishJobConfiguration.JOB_NAME,
            params.toJobParameters());
  }
}
