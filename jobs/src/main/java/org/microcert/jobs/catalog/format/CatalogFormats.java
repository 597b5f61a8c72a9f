package org.microcert.jobs.catalog.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.microcert.jobs.catalog.Catalog;
import org.microcert.jobs.catalog.Catalog.Credential;
import org.microcert.jobs.catalog.jsonld.LocalContexts;
import org.microcert.jobs.catalog.proof.Ed25519Keys;
import org.microcert.jobs.catalog.proof.EddsaRdfc2022;
import org.microcert.taxonomy.io.AtomicFiles;

/**
 * Writes the standard formats generated from a {@link Catalog}: CASE 1.1, Open Badges 3.0
 * (Achievement definitions and signed sample credentials), CTDL-ASN, ELM v3, the registrars'
 * transcript CSV and {@code LOSSES.md}. The same catalog and key give byte-identical files: keys
 * and arrays sorted, NFC, LF, no wall clock (dates come from {@link Catalog#asOf()}), ids UUID v5.
 */
public final class CatalogFormats {

  /** The files written, relative to the output folder, in this order. */
  public static final String CASE_FILE = "case/cfpackage.json";

  public static final String CTDL_FILE = "ctdl-asn/competency-framework.json";
  public static final String ELM_FILE = "elm/learning-outcomes.jsonld";
  public static final String TRANSCRIPT_FILE = "transcript.csv";
  public static final String LOSSES_FILE = "LOSSES.md";

  private CatalogFormats() {}

  /**
   * Generates every format into {@code dir} (created if needed; each file written atomically).
   *
   * @param sampleSigningKey the Ed25519 key that signs the sample OB 3.0 credentials (their issuer
   *     and verification method are its {@code did:key}); the private key itself is never written;
   *     {@code null} writes no sample credential (an unsigned draft)
   * @return the files written, relative to {@code dir} with {@code /} separators, sorted
   */
  public static List<String> writeAll(Catalog catalog, Path dir, PrivateKey sampleSigningKey)
      throws IOException {
    Map<String, byte[]> files = generate(catalog, sampleSigningKey);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path target = dir.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      AtomicFiles.write(target, tmp -> Files.write(tmp, f.getValue()));
    }
    return List.copyOf(files.keySet());
  }

  /** Every format's bytes by relative path (sorted), without writing anything. */
  public static Map<String, byte[]> generate(Catalog catalog, PrivateKey sampleSigningKey) {
    KeyPair key = sampleSigningKey == null ? null : Ed25519Keys.fromPrivate(sampleSigningKey);
    LocalContexts contexts = LocalContexts.bundled();
    CatalogIndex index = new CatalogIndex(catalog);
    Losses losses = new Losses();
    Map<String, byte[]> files = new TreeMap<>();
    files.put(CASE_FILE, FormatJson.bytes(CaseWriter.write(index, losses)));
    OpenBadgesWriter.limits(index, losses);
    for (Credential cr : catalog.credentials()) {
      ObjectNode achievement = OpenBadgesWriter.achievement(index, cr, losses);
      String stem = CatalogIndex.fileStem(cr);
      files.put(achievementFile(cr), FormatJson.bytes(achievement));
      if (key != null) {
        JsonNode sample = OpenBadgesWriter.sampleCredential(index, cr, achievement, key, contexts);
        files.put("obv3/sample-credential-" + stem + ".json", FormatJson.bytes(sample));
      }
    }
    files.put(CTDL_FILE, FormatJson.bytes(CtdlWriter.write(index, losses)));
    files.put(ELM_FILE, FormatJson.bytes(ElmWriter.write(index, losses)));
    files.put(TRANSCRIPT_FILE, utf8(TranscriptCsv.write(index, losses)));
    files.put(LOSSES_FILE, utf8(LossesReport.markdown(catalog, losses)));
    return files;
  }

  /**
   * Checks the {@code eddsa-rdfc-2022} proof of every sample credential in a published folder,
   * offline (bundled contexts, keys from the {@code did:key} verification methods).
   *
   * @return one line per problem, {@code "<file>: <why>"}; empty when every proof verifies
   */
  public static List<String> verifySampleCredentials(Path dir) throws IOException {
    Path obv3 = dir.resolve("obv3");
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(obv3)) {
      return List.of("obv3/: missing");
    }
    List<Path> samples;
    try (Stream<Path> s = Files.list(obv3)) {
      samples =
          s.filter(p -> p.getFileName().toString().startsWith("sample-credential-"))
              .sorted()
              .toList();
    }
    EddsaRdfc2022 suite = new EddsaRdfc2022(LocalContexts.bundled());
    for (Path p : samples) {
      String name = "obv3/" + p.getFileName();
      try {
        JsonNode node = FormatJson.MAPPER.readTree(p.toFile());
        EddsaRdfc2022.Verification v = suite.verify(FormatJson.toJsonP(node));
        if (!v.verified()) {
          problems.add(name + ": " + v.reason());
        }
      } catch (IOException | RuntimeException e) {
        problems.add(name + ": not a readable credential (" + e.getMessage() + ")");
      }
    }
    return problems;
  }

  /** The Achievement definition file of a credential. */
  public static String achievementFile(Credential credential) {
    return "obv3/achievement-" + CatalogIndex.fileStem(credential) + ".json";
  }

  /** The signed sample credential file of a credential. */
  public static String sampleCredentialFile(Credential credential) {
    return "obv3/sample-credential-" + CatalogIndex.fileStem(credential) + ".json";
  }

  private static byte[] utf8(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n");
    return nfc.getBytes(StandardCharsets.UTF_8);
  }
}
