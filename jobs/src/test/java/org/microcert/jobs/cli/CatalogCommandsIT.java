package org.microcert.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.review.ReviewFixtures;
import picocli.CommandLine;

/**
 * The review and catalog commands end to end through the CLI, and the issuer's recipe: checking a
 * published catalog with sha256sum and openssl only (skipped when those are not installed).
 */
class CatalogCommandsIT {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(Path wh, String... args) {
    CommandLine cl = MicrocertCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--warehouse");
    all.add(wh.toString());
    int code = cl.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void reviewPublishVerifyAndTheOpensslRecipe() throws Exception {
    Path wh = ReviewFixtures.warehouse(Files.createDirectories(dir.resolve("w")));
    Path decisions = ReviewFixtures.sample("sample-decisions.csv");
    assertEquals(
        0,
        run(wh, "review", "import", "--input", decisions.toString(), "--cite-current-report")
            .code());
    ReviewFixtures.addRelevance(wh);
    Run list = run(wh, "review", "list");
    assertEquals(0, list.code());
    assertTrue(list.out().contains("stale (demand evidence changed)"), list.out());
    assertEquals(0, run(wh, "review", "verify").code());

    Run noKey = run(wh, "catalog", "publish");
    assertEquals(3, noKey.code(), noKey.err());
    assertTrue(
        noKey.err().contains("Cannot publish catalog: no signing key configured"), noKey.err());

    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path key = dir.resolve("catalog-key.pem");
    Files.writeString(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Path pub = dir.resolve("catalog-key.pub.pem");
    Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    Run published = run(wh, "catalog", "publish", "--signing-key", key.toString());
    assertEquals(0, published.code(), published.err());
    String keyText = Files.readString(key);
    String body = keyText.substring(keyText.indexOf('\n') + 1, keyText.indexOf("-----END")).strip();
    assertFalse(published.err().contains(body.substring(0, 20)), "no key material in the output");
    Path v1 = wh.resolve("catalog/1.0.0");
    assertEquals(0, run(wh, "catalog", "verify", "latest", "--trusted-key", pub.toString()).code());
    assertEquals(0, run(wh, "catalog", "diff", v1.toString(), "1.0.0").code());

    Files.writeString(v1.resolve("LOSSES.md"), "\n", StandardOpenOption.APPEND);
    Run bad = run(wh, "catalog", "verify", v1.toString(), "--trusted-key", pub.toString());
    assertEquals(3, bad.code());
    assertTrue(bad.err().contains("LOSSES.md: "), bad.err());

    // tampering with the review log is caught
    Path log = wh.resolve("review/log.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(log));
    lines.remove(3);
    Files.write(log, lines);
    Run tampered = run(wh, "review", "verify");
    assertEquals(3, tampered.code());
    assertTrue(tampered.err().contains("entry 4 (line 4)"), tampered.err());
  }

  @Test
  void issuerChecksACatalogWithOpensslAndSha256sum() throws Exception {
    assumeTrue(onPath("openssl") && onPath("sha256sum"), "openssl and sha256sum not installed");
    Path wh = ReviewFixtures.warehouse(Files.createDirectories(dir.resolve("w")));
    run(
        wh,
        "review",
        "import",
        "--input",
        ReviewFixtures.sample("sample-decisions.csv").toString(),
        "--cite-current-report");
    assertEquals(0, run(wh, "catalog", "publish", "--throwaway-key").code());
    Path v1 = wh.resolve("catalog/1.0.0");
    // 1. the signature over manifest.json, with the published public key
    Run sig =
        exec(
            v1,
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            "public-key.pem",
            "-rawin",
            "-in",
            "manifest.json",
            "-sigfile",
            "manifest.sig");
    assertEquals(0, sig.code(), sig.out() + sig.err());
    assertTrue(sig.out().contains("Signature Verified Successfully"), sig.out());
    // 2. every file against the manifest (docs/catalog.md uses jq for this list)
    JsonNode m = new ObjectMapper().readTree(v1.resolve("manifest.json").toFile());
    StringBuilder sums = new StringBuilder();
    for (JsonNode f : m.path("files")) {
      sums.append(f.path("sha256").asText())
          .append("  ")
          .append(f.path("path").asText())
          .append('\n');
    }
    Files.writeString(dir.resolve("sums.txt"), sums.toString());
    Run ok = exec(v1, "sha256sum", "-c", "--quiet", dir.resolve("sums.txt").toString());
    assertEquals(0, ok.code(), ok.out() + ok.err());
    // a changed byte fails both checks
    Path manifest = v1.resolve("manifest.json");
    byte[] b = Files.readAllBytes(manifest);
    b[10] ^= 1;
    Files.write(manifest, b);
    assertTrue(
        exec(
                    v1,
                    "openssl",
                    "pkeyutl",
                    "-verify",
                    "-pubin",
                    "-inkey",
                    "public-key.pem",
                    "-rawin",
                    "-in",
                    "manifest.json",
                    "-sigfile",
                    "manifest.sig")
                .code()
            != 0);
    Files.writeString(v1.resolve("transcript.csv"), "x", StandardOpenOption.APPEND);
    assertTrue(
        exec(v1, "sha256sum", "-c", "--quiet", dir.resolve("sums.txt").toString()).code() != 0);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  private static Run exec(Path cwd, String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, "");
  }
}
