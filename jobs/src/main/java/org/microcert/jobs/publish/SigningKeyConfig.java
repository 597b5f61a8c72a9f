package org.microcert.jobs.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.microcert.taxonomy.InputRejectedException;

/**
 * {@code conf/catalog.yaml}: where the catalog signing key is ({@code signing-key: PATH}, a PKCS#8
 * PEM Ed25519 private key). Strict: unknown keys are errors. The key itself never appears in a
 * message.
 */
final class SigningKeyConfig {

  private SigningKeyConfig() {}

  /** {@code $microcert.home/conf/catalog.yaml}, else {@code ./conf/catalog.yaml}. */
  static Path defaultFile() {
    return Path.of(System.getProperty("microcert.home", "."), "conf", "catalog.yaml")
        .toAbsolutePath()
        .normalize();
  }

  /** The configured key path, if the file sets one. */
  static Optional<Path> signingKey(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new InputRejectedException(
          "Cannot read configuration " + file + ": " + e.getMessage(), e);
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return Optional.empty();
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!k.equals("signing-key")) {
        throw new InputRejectedException(
            "Cannot read configuration "
                + file
                + ": unknown key '"
                + k
                + "' (known keys: signing-key)");
      }
    }
    JsonNode v = root.get("signing-key");
    if (v == null || v.isNull() || v.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Path.of(v.asText()));
  }
}
