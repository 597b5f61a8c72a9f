package org.microcert.jobs.catalog.proof;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.StringWriter;
import org.microcert.jobs.catalog.jsonld.JsonLdChecks;
import org.microcert.jobs.catalog.jsonld.LocalContexts;

/** JSON-LD to RDF, canonicalised with RDFC-1.0 (SHA-256), written as canonical N-Quads. */
public final class RdfCanonical {

  private RdfCanonical() {}

  /**
   * The canonical N-Quads of a JSON-LD document.
   *
   * @param strict fail on an undefined term (for what microcert signs); a verifier of someone
   *     else's credential processes it as any JSON-LD processor does
   * @throws IllegalArgumentException if the document is not valid JSON-LD with these contexts
   */
  public static String nquads(JsonObject document, LocalContexts contexts, boolean strict) {
    JsonLdOptions options =
        strict ? JsonLdChecks.strictOptions(contexts) : new JsonLdOptions(contexts);
    RdfCanon canon = RdfCanon.create("SHA-256");
    try {
      JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
      StringWriter out = new StringWriter();
      canon.provide(new NQuadsWriter(out));
      return out.toString();
    } catch (JsonLdError e) {
      throw new IllegalArgumentException(
          "JSON-LD to RDF failed: " + e.getCode() + ": " + e.getMessage(), e);
    } catch (RdfConsumerException e) {
      throw new IllegalArgumentException("RDF canonicalisation failed: " + e.getMessage(), e);
    }
  }
}
