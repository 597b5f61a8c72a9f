package org.microcert.jobs.catalog.format;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The official JSON Schemas (draft 2019-09) of CASE 1.1 and Open Badges 3.0, registered under their
 * retrieval IRIs from the local copies in {@code shared/standards}; nothing is fetched, and format
 * assertions ({@code uuid}, {@code date-time}, {@code uri}) are on.
 */
final class StandardSchemas {

  static final Path STANDARDS =
      Path.of(System.getProperty("microcert.shared", "../../shared"), "standards");

  static final String CASE_PACKAGE =
      "https://purl.imsglobal.org/spec/case/v1p1/schema/json/case_v1p1_cfpackage-jsonschema1.json";
  static final String OB_SCHEMAS = "https://purl.imsglobal.org/spec/ob/v3p0/schema/";
  static final String OB_CREDENTIAL =
      OB_SCHEMAS + "json-ld/ob_v3p0_achievementcredential_schema.json";
  static final String OB_CREDENTIAL_ALIAS =
      OB_SCHEMAS + "json/ob_v3p0_achievementcredential_schema.json";
  static final String OB_ACHIEVEMENT = OB_CREDENTIAL + "#/$defs/Achievement";

  private static final SchemaRegistry REGISTRY = registry();

  private StandardSchemas() {}

  private static SchemaRegistry registry() {
    Map<String, String> schemas = new TreeMap<>();
    schemas.put(CASE_PACKAGE, read("case/schema/case-v1p1-cfpackage.json"));
    String ob = read("obv3/schema/ob_v3p0_achievementcredential_schema.json");
    schemas.put(OB_CREDENTIAL, ob);
    schemas.put(OB_CREDENTIAL_ALIAS, ob);
    return SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2019_09,
        b -> b.schemas(schemas).schemaLoader(l -> l.fetchRemoteResources(false)));
  }

  private static String read(String relative) {
    try {
      return Files.readString(STANDARDS.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The errors of {@code json} against the schema at {@code iri} (with a fragment if any). */
  static List<String> errors(String iri, String json) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(iri));
    List<Error> errors =
        schema.validate(
            json,
            InputFormat.JSON,
            ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
