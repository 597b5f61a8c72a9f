package org.microcert.jobs.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code catalog.json}: the {@link Catalog} as RFC 8785 canonical JSON ({@link Jcs}), snake_case
 * keys, text in Unicode NFC, decimals as strings, no trailing newline. Same catalog, same bytes.
 */
public final class CatalogJson {

  /** The file name in a published catalog folder. */
  public static final String FILE_NAME = "catalog.json";

  private static final ObjectMapper JSON = mapper();

  private CatalogJson() {}

  /** The canonical bytes of a catalog. */
  public static byte[] bytes(Catalog catalog) {
    return Jcs.bytes(tree(catalog));
  }

  /** The catalog as a JSON tree (snake_case keys, NFC text, decimals as strings). */
  public static JsonNode tree(Catalog catalog) {
    return Jcs.nfc(JSON.valueToTree(catalog));
  }

  /** Reads a {@code catalog.json}. */
  public static Catalog read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), Catalog.class);
  }

  /** Parses catalog JSON bytes. */
  public static Catalog parse(byte[] json) {
    try {
      return JSON.readValue(json, Catalog.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalog: " + e.getMessage(), e);
    }
  }

  /** Writes {@link #bytes(Catalog)} to {@code file} (not atomically: publish renames folders). */
  public static void write(Catalog catalog, Path file) throws IOException {
    Files.write(file, bytes(catalog));
  }

  private static ObjectMapper mapper() {
    SimpleModule decimals = new SimpleModule("microcert-decimals");
    decimals.addSerializer(BigDecimal.class, new PlainDecimal());
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .registerModule(decimals);
  }

  /** Writes a decimal as a plain decimal string ({@code "0.6125"}, never {@code 6.125E-1}). */
  private static final class PlainDecimal extends StdSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    PlainDecimal() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toPlainString());
    }
  }
}
