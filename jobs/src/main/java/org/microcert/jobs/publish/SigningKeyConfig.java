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
import org.microcert.taxonomy.io.ConfigFiles;

/**
 * {@code conf/catalog.yaml}: where the catalog signing key is ({@code signing-key: PATH}, a PKCS#8
 * PEM Ed25519 private key). Strict: unknown keys are errors. The key itself never appears in a
 * message.
 */
final class SigningKeyConfig {

  private SigningKeyConfig() {}

  /** {@code conf/catalog.yaml} as {@link ConfigFiles} finds it (here, else in microcert.home). */
  static Path defaultFile() {
    return ConfigFiles.standard().locate("catalog.yaml");
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
