package org.microcert.jobs.catalog.proof;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microcert.jobs.catalog.jsonld.LocalContexts;

class EddsaRdfc2022IT {

  static final Path STANDARDS =
      Path.of(System.getProperty("microcert.shared", "../../shared"), "standards");
  static final Path VECTORS = STANDARDS.resolve("vc/eddsa-test-vectors");
  static final Path OB_TESTS = STANDARDS.resolve("obv3/examples/validator-tests");

  /**
   * The W3C vectors use the examples context, which is not in the standards folder; its published
   * content is this one line (a catch-all vocabulary).
   */
  static final String EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2";

  static final LocalContexts CONTEXTS =
      LocalContexts.standards(STANDARDS)
          .with(
              EXAMPLES_V2,
              "{\"@context\":{\"@vocab\":\"https://www.w3.org/ns/credentials/examples#\"}}");

  static JsonObject json(Path file) throws IOException {
    try (JsonReader r = Json.createReader(new StringReader(Files.readString(file)))) {
      return r.readObject();
    }
  }

  static String text(String name) throws IOException {
    return Files.readString(VECTORS.resolve("eddsa-rdfc-2022").resolve(name)).strip();
  }

  @Test
  void reproducesEveryIntermediateOfTheW3cVector() throws Exception {
    JsonObject unsigned = json(VECTORS.resolve("unsigned.json"));
    assertThat(RdfCanonical.nquads(unsigned, CONTEXTS, false))
        .isEqualTo(Files.readString(VECTORS.resolve("eddsa-rdfc-2022/canonDocDataInt.txt")));
    JsonObject config = json(VECTORS.resolve("eddsa-rdfc-2022/proofConfigDataInt.json"));
    assertThat(RdfCanonical.nquads(config, CONTEXTS, false))
        .isEqualTo(Files.readString(VECTORS.resolve("eddsa-rdfc-2022/proofCanonDataInt.txt")));
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    assertThat(
            HexFormat.of()
                .formatHex(
                    sha.digest(
                        RdfCanonical.nquads(unsigned, CONTEXTS, false)
                            .getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(text("docHashDataInt.txt"));

    JsonObject keys = json(VECTORS.resolve("keyPair.json"));
    KeyPair pair =
        Ed25519Keys.fromSeed(
            Ed25519Keys.seedFromSecretMultikey(keys.getString("privateKeyMultibase")));
    assertThat(Ed25519Keys.multikey(pair.getPublic()))
        .isEqualTo(keys.getString("publicKeyMultibase"));

    EddsaRdfc2022 suite = new EddsaRdfc2022(CONTEXTS);
    JsonObject signed =
        suite.sign(
            unsigned,
            pair.getPrivate(),
            config.getString("verificationMethod"),
            config.getString("created"));
    String proofValue = signed.getJsonArray("proof").getJsonObject(0).getString("proofValue");
    assertThat(proofValue).isEqualTo(text("sigBTC58DataInt.txt"));
    assertThat(suite.verify(json(VECTORS.resolve("eddsa-rdfc-2022/signedDataInt.json"))).verified())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "simple.json",
        "simple-did-key-method.json",
        "simple-did-web-method.json",
        "endorsement-valid.json",
        "simple-context-alias.json",
        "simple-context-version.json",
        "simple-multiple-proofs.json",
        // rejected by 1EdTech's validator for expiry, issuance date, issuer: the proof itself holds
        "simple-err-expired.json",
        "simple-err-issued.json",
        "simple-err-issuer.json"
      })
  void verifiesOneEdTechSignedTestCredentials(String name) throws IOException {
    EddsaRdfc2022.Verification v = new EddsaRdfc2022(CONTEXTS).verify(json(OB_TESTS.resolve(name)));
    assertThat(v.verified()).as(v.reason()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"simple.json", "simple-did-key-method.json", "endorsement-valid.json"})
  void aFlippedByteInTheSignedContentFailsVerification(String name) throws IOException {
    String original = Files.readString(OB_TESTS.resolve(name));
    // change one character of the credential's name
    String tampered = original.replaceFirst("\"name\": \"([^\"])", "\"name\": \"X");
    assertThat(tampered).isNotEqualTo(original);
    JsonObject doc;
    try (JsonReader r = Json.createReader(new StringReader(tampered))) {
      doc = r.readObject();
    }
    assertThat(new EddsaRdfc2022(CONTEXTS).verify(doc).verified()).isFalse();
  }

  @Test
  void aFlippedByteInTheProofValueFailsVerification() throws IOException {
    JsonObject doc = json(OB_TESTS.resolve("simple.json"));
    JsonObject proof = doc.getJsonArray("proof").getJsonObject(0);
    String value = proof.getString("proofValue");
    char c = value.charAt(10);
    String flipped = value.substring(0, 10) + (c == 'A' ? 'B' : 'A') + value.substring(11);
    JsonObject bad =
        Json.createObjectBuilder(doc)
            .add(
                "proof",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder(proof).add("proofValue", flipped)))
            .build();
    assertThat(new EddsaRdfc2022(CONTEXTS).verify(bad).verified()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "simple-err-proof-value.json",
        "simple-err-proof-method-no-scheme.json",
        "simple-err-proof-method-unknown-did-method.json",
        "simple-err-proof-method-unknown-scheme.json",
        "simple-err-proof-method.json",
        // edited after signing, to break a type: the proof must catch it too
        "simple-err-type.json",
        "simple-err-issuer-type.json",
        "simple-err-credential-subject-type.json"
      })
  void rejectsOneEdTechBadProofCredentials(String name) throws IOException {
    assertThat(new EddsaRdfc2022(CONTEXTS).verify(json(OB_TESTS.resolve(name))).verified())
        .isFalse();
  }

  @Test
  void signsAndVerifiesItsOwnCredentialDeterministically() throws IOException {
    JsonObject unsigned =
        Json.createObjectBuilder(json(OB_TESTS.resolve("simple-did-key-method.json")))
            .remove("proof")
            .build();
    KeyPair pair = Ed25519Keys.fromSeed(new byte[32]);
    EddsaRdfc2022 suite = new EddsaRdfc2022(CONTEXTS);
    String method = Ed25519Keys.didKeyVerificationMethod(pair.getPublic());
    JsonObject a = suite.sign(unsigned, pair.getPrivate(), method, "2026-01-01T00:00:00Z");
    JsonObject b = suite.sign(unsigned, pair.getPrivate(), method, "2026-01-01T00:00:00Z");
    assertThat(a).isEqualTo(b);
    assertThat(suite.verify(a).verified()).isTrue();
    KeyPair other = Ed25519Keys.fromSeed(HexFormat.of().parseHex("01".repeat(32)));
    assertThat(
            suite
                .verify(
                    a,
                    m ->
                        List.of(Ed25519Keys.didKeyVerificationMethod(other.getPublic())).contains(m)
                            ? Optional.of(other.getPublic())
                            : Optional.empty())
                .verified())
        .isFalse();
  }
}
