package org.microcert.jobs.catalog.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A JSON-LD document loader that never touches the network: each known context URL maps to a local
 * copy; any other URL is an error (so a typo in a context, or an unexpected remote context, fails
 * instead of being fetched).
 */
public final class LocalContexts implements DocumentLoader {

  /** VC Data Model 2.0. */
  public static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";

  /** Open Badges 3.0.3 (1EdTech's current context). */
  public static final String OB_303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  /** The CTDL-ASN context URL Credential Engine's registry expects (not available offline). */
  public static final String CTDL_ASN = "https://credreg.net/ctdlasn/schema/context/json";

  /** ELM v3 EDC application profile context. */
  public static final String ELM_EDC = "http://data.europa.eu/snb/model/context/edc-ap";

  /** VC 1.1 (ELM v3 credentials still use it). */
  public static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";

  private static final String BUNDLE = "/org/microcert/jobs/catalog/contexts/";

  private final Map<String, Source> sources;
  private final Map<String, JsonDocument> cache = new LinkedHashMap<>();

  private LocalContexts(Map<String, Source> sources) {
    this.sources = Map.copyOf(sources);
  }

  /**
   * The contexts shipped inside microcert (see the README beside them): what publishing needs to
   * sign and expand its own files. CTDL-ASN's entry is microcert's own stand-in, not the official
   * context, which is not published anywhere offline.
   */
  public static LocalContexts bundled() {
    Map<String, Source> m = new TreeMap<>();
    m.put(VC_V2, new Resource(BUNDLE + "credentials-v2.jsonld"));
    m.put(OB_303, new Resource(BUNDLE + "ob-v3p0-3.0.3.json"));
    m.put(CTDL_ASN, new Resource(BUNDLE + "ctdl-asn-standin.jsonld"));
    m.put(ELM_EDC, new Resource(BUNDLE + "edc-ap-context.jsonld"));
    m.put(VC_V1, new Resource(BUNDLE + "2018-credentials-v1.jsonld"));
    return new LocalContexts(m);
  }

  /**
   * The official copies in {@code shared/standards} (the folder holding {@code vc/}, {@code obv3/},
   * {@code elm/}), plus the bundled CTDL-ASN stand-in: what tests verify against.
   */
  public static LocalContexts standards(Path standards) {
    Map<String, Source> m = new TreeMap<>();
    m.put(VC_V2, new FileSource(standards.resolve("vc/credentials-v2.jsonld")));
    m.put(VC_V1, new FileSource(standards.resolve("vc/2018-credentials-v1.jsonld")));
    m.put(
        "https://w3id.org/security/data-integrity/v1",
        new FileSource(standards.resolve("vc/data-integrity-v1.jsonld")));
    Path ob = standards.resolve("obv3/context/validator");
    String purl = "https://purl.imsglobal.org/spec/ob/v3p0/";
    m.put(OB_303, new FileSource(ob.resolve("ob-v3p0-3.0.3.json")));
    m.put(purl + "context-3.0.2.json", new FileSource(ob.resolve("ob-v3p0-3.0.2.json")));
    m.put(purl + "context-3.0.1.json", new FileSource(ob.resolve("ob-v3p0-3.0.1.json")));
    m.put(purl + "context.json", new FileSource(ob.resolve("ob-v3p0.json")));
    m.put(purl + "extensions.json", new FileSource(ob.resolve("ob-v3p0-extensions.json")));
    m.put(ELM_EDC, new FileSource(standards.resolve("elm/context/edc-ap-context.jsonld")));
    m.put(CTDL_ASN, new Resource(BUNDLE + "ctdl-asn-standin.jsonld"));
    return new LocalContexts(m);
  }

  /** This loader plus one more URL served from the given JSON text (for test contexts). */
  public LocalContexts with(String url, String json) {
    Map<String, Source> m = new TreeMap<>(sources);
    m.put(url, new Text(json));
    return new LocalContexts(m);
  }

  /** The URLs this loader serves. */
  public Set<String> urls() {
    return sources.keySet();
  }

  /** The bytes served for a URL. */
  public byte[] bytes(String url) {
    Source s = sources.get(url);
    if (s == null) {
      throw new IllegalArgumentException("no local copy of " + url);
    }
    return s.bytes();
  }

  @Override
  public synchronized Document loadDocument(URI url, DocumentLoaderOptions options)
      throws JsonLdError {
    String key = url.toString();
    JsonDocument cached = cache.get(key);
    if (cached == null) {
      Source s = sources.get(key);
      if (s == null) {
        throw new JsonLdError(
            JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
            "no local copy of " + key + " (remote documents are never fetched)");
      }
      cached = JsonDocument.of(new ByteArrayInputStream(s.bytes()));
      cache.put(key, cached);
    }
    JsonDocument doc = JsonDocument.of(cached.getJsonContent().orElseThrow());
    doc.setDocumentUrl(url);
    return doc;
  }

  private sealed interface Source permits Resource, FileSource, Text {
    byte[] bytes();
  }

  private record Resource(String name) implements Source {
    @Override
    public byte[] bytes() {
      try (InputStream in = LocalContexts.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing bundled context " + name);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private record FileSource(Path file) implements Source {
    @Override
    public byte[] bytes() {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read context " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private record Text(String json) implements Source {
    @Override
    public byte[] bytes() {
      return json.getBytes(StandardCharsets.UTF_8);
    }
  }
}
