package org.microcert.jobs.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.microcert.jobs.catalog.CatalogJson;
import org.microcert.jobs.catalog.Jcs;
import org.microcert.jobs.catalog.Sha256;

/**
 * Checks a published catalog folder: the manifest's signature (against a trusted public key, or the
 * enclosed one with a warning), every listed file's size and SHA-256, no file missing or added, and
 * the link to the previous version's manifest when that folder is beside it.
 */
final class CatalogVerifier {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The outcome.
   *
   * @param problems what is wrong, each naming the file; empty when the catalog verifies
   * @param notes what was checked and what could not be
   */
  record Result(List<String> problems, List<String> notes) {
    boolean ok() {
      return problems.isEmpty();
    }
  }

  private CatalogVerifier() {}

  static Result verify(Path dir, PublicKey trusted) throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Path manifestFile = dir.resolve(CatalogFiles.MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      problems.add(CatalogFiles.MANIFEST + ": missing (not a published catalog folder?)");
      return new Result(problems, notes);
    }
    byte[] manifestBytes = Files.readAllBytes(manifestFile);
    JsonNode m;
    try {
      m = JSON.readTree(manifestBytes);
    } catch (IOException e) {
      problems.add(CatalogFiles.MANIFEST + ": not JSON");
      return new Result(problems, notes);
    }
    if (!Jcs.string(m).equals(new String(manifestBytes, StandardCharsets.UTF_8))) {
      problems.add(CatalogFiles.MANIFEST + ": not in canonical form (RFC 8785): it was edited");
    }
    signature(dir, manifestBytes, trusted, problems, notes);
    Set<String> listed = new HashSet<>();
    for (JsonNode f : m.path("files")) {
      String path = f.path("path").asText();
      listed.add(path);
      Path p = dir.resolve(path).normalize();
      if (!p.startsWith(dir.normalize()) || !Files.isRegularFile(p)) {
        problems.add(path + ": listed in the manifest but missing");
        continue;
      }
      if (Files.size(p) != f.path("size").asLong()) {
        problems.add(
            path
                + ": size "
                + Files.size(p)
                + " bytes, the manifest says "
                + f.path("size").asLong());
      } else if (!Sha256.file(p).equals(f.path("sha256").asText())) {
        problems.add(path + ": content changed (its SHA-256 does not match the manifest)");
      }
    }
    for (String f : CatalogFiles.list(dir)) {
      if (!listed.contains(f)
          && !f.equals(CatalogFiles.MANIFEST)
          && !f.equals(CatalogFiles.SIGNATURE)) {
        problems.add(f + ": not in the manifest (added after publishing)");
      }
    }
    chain(dir, m, problems, notes);
    return new Result(problems, notes);
  }

  private static void signature(
      Path dir, byte[] manifest, PublicKey trusted, List<String> problems, List<String> notes)
      throws IOException {
    Path sig = dir.resolve(CatalogFiles.SIGNATURE);
    if (!Files.isRegularFile(sig)) {
      problems.add(CatalogFiles.SIGNATURE + ": missing");
      return;
    }
    byte[] s = Files.readAllBytes(sig);
    PublicKey key = trusted;
    if (key == null) {
      Path pub = dir.resolve(CatalogFiles.PUBLIC_KEY);
      if (!Files.isRegularFile(pub)) {
        problems.add(CatalogFiles.PUBLIC_KEY + ": missing, and no --trusted-key given");
        return;
      }
      key = Ed25519Keys.readPublic(pub);
      notes.add(
          "signature checked against the enclosed "
              + CatalogFiles.PUBLIC_KEY
              + " ("
              + Ed25519Keys.fingerprint(key)
              + "); pass --trusted-key with the issuer's key to"
              + " know who signed it");
    } else {
      notes.add("signature checked against the trusted key " + Ed25519Keys.fingerprint(key));
    }
    if (!Ed25519Keys.verify(key, manifest, s)) {
      problems.add(
          CatalogFiles.SIGNATURE
              + ": the signature of "
              + CatalogFiles.MANIFEST
              + " does not match "
              + (trusted == null ? "the enclosed" : "the trusted")
              + " public key "
              + Ed25519Keys.fingerprint(key));
    }
  }

  private static void chain(Path dir, JsonNode m, List<String> problems, List<String> notes)
      throws IOException {
    String prevVersion =
        m.path("previous_version").isTextual() ? m.path("previous_version").asText() : null;
    String prevHash =
        m.path("previous_manifest_sha256").isTextual()
            ? m.path("previous_manifest_sha256").asText()
            : null;
    Path catalog = dir.resolve(CatalogJson.FILE_NAME);
    if (Files.isRegularFile(catalog)) {
      JsonNode c = JSON.readTree(catalog.toFile());
      String inCatalog =
          c.path("previous_manifest_hash").isTextual()
              ? c.path("previous_manifest_hash").asText()
              : null;
      if (!Objects.equals(inCatalog, prevHash)) {
        problems.add(
            CatalogJson.FILE_NAME
                + ": previous_manifest_hash differs from the manifest's"
                + " previous_manifest_sha256 (chain broken)");
      }
    }
    if (prevVersion == null) {
      notes.add("first version: no previous version to link to");
      return;
    }
    Path prev =
        dir.toAbsolutePath().normalize().resolveSibling(prevVersion).resolve(CatalogFiles.MANIFEST);
    if (!Files.isRegularFile(prev)) {
      notes.add(
          "previous version "
              + prevVersion
              + " is not beside this folder: the chain to it was"
              + " not checked");
      return;
    }
    if (!Sha256.cite(Files.readAllBytes(prev)).equals(prevHash)) {
      problems.add(
          CatalogFiles.MANIFEST
              + ": previous_manifest_sha256 does not match ../"
              + prevVersion
              + "/"
              + CatalogFiles.MANIFEST
              + " (chain to the previous version broken)");
    } else {
      notes.add("linked to previous version " + prevVersion + " (" + prevHash + ")");
    }
  }
}
