package org.microcert.jobs.catalog.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator calibrated on the official examples: what must pass passes, and no more. */
class StandardSchemasIT {

  static String read(String relative) throws IOException {
    return Files.readString(StandardSchemas.STANDARDS.resolve(relative));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SmartLevelFramework.json",
        "SequenceNumberFramework.json",
        "MarkdownFramework.json",
        "EmptyExternalFramework.json"
      })
  void officialCasePackagesPass(String name) throws IOException {
    assertThat(StandardSchemas.errors(StandardSchemas.CASE_PACKAGE, read("case/examples/" + name)))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"simple.json", "complete.json", "simple-did-key-method.json"})
  void officialOpenBadgesCredentialsPass(String name) throws IOException {
    assertThat(
            StandardSchemas.errors(
                StandardSchemas.OB_CREDENTIAL, read("obv3/examples/validator-tests/" + name)))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "simple-err-type.json",
        "simple-err-issuer-type.json",
        "simple-did-web-method.json"
      })
  void openBadgesCredentialsBrokenByDesignFail(String name) throws IOException {
    assertThat(
            StandardSchemas.errors(
                StandardSchemas.OB_CREDENTIAL, read("obv3/examples/validator-tests/" + name)))
        .isNotEmpty();
  }

  @Test
  void anAssociationTypeOutsideTheVocabularyFails() throws IOException {
    String pkg = read("case/examples/SmartLevelFramework.json");
    String bad =
        pkg.replaceFirst(
            "\"associationType\"\\s*:\\s*\"[^\"]+\"", "\"associationType\": \"broadMatchOf\"");
    assertThat(bad).isNotEqualTo(pkg);
    assertThat(StandardSchemas.errors(StandardSchemas.CASE_PACKAGE, bad)).isNotEmpty();
  }
}
