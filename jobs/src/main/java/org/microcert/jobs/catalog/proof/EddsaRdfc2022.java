package org.microcert.jobs.catalog.proof;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.microcert.jobs.catalog.jsonld.LocalContexts;

/**
 * W3C Data Integrity proofs with the {@code eddsa-rdfc-2022} cryptosuite (the proof Open Badges 3.0
 * certification accepts): RDFC-1.0 canonical N-Quads of the proof configuration and of the
 * document, SHA-256 of each (configuration first), Ed25519 over the 64 bytes, {@code proofValue} =
 * {@code z} + base58-btc.
 *
 * <p>Keys come from the verification method: {@code did:key:z6Mk…} (with or without the {@code
 * #z6Mk…} fragment), or a URL whose fragment is the public key as a Multikey (the form 1EdTech's
 * test credentials use; resolving the URL itself would need the network, so its fragment is
 * trusted: pass a key resolver to {@link #verify(JsonObject, Function)} to pin keys instead).
 */
public final class EddsaRdfc2022 {

  /** The cryptosuite name. */
  public static final String CRYPTOSUITE = "eddsa-rdfc-2022";

  private final LocalContexts contexts;

  /** A signer and verifier that loads contexts only from {@code contexts}. */
  public EddsaRdfc2022(LocalContexts contexts) {
    this.contexts = contexts;
  }

  /** What a verification found. */
  public record Verification(boolean verified, String reason) {
    static Verification ok(String reason) {
      return new Verification(true, reason);
    }

    static Verification fail(String reason) {
      return new Verification(false, reason);
    }
  }

  /**
   * Signs a document: returns it with {@code proof} = an array holding one {@code
   * DataIntegrityProof} (OB 3.0's schema wants an array). Undefined terms are errors, so nothing in
   * the document goes unsigned. Ed25519 is deterministic: the same inputs give the same bytes.
   *
   * @param created the proof's {@code created} date-time (from the data, never the wall clock)
   */
  public JsonObject sign(
      JsonObject unsigned, PrivateKey key, String verificationMethod, String created) {
    if (unsigned.containsKey("proof")) {
      throw new IllegalArgumentException("the document already has a proof");
    }
    JsonObject options =
        Json.createObjectBuilder()
            .add("type", "DataIntegrityProof")
            .add("cryptosuite", CRYPTOSUITE)
            .add("created", created)
            .add("verificationMethod", verificationMethod)
            .add("proofPurpose", "assertionMethod")
            .build();
    byte[] hash = hashData(unsigned, options, true);
    byte[] signature;
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(key);
      s.update(hash);
      signature = s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot sign: not an Ed25519 private key", e);
    }
    JsonObject proof =
        Json.createObjectBuilder(options).add("proofValue", Base58Btc.multibase(signature)).build();
    return Json.createObjectBuilder(unsigned)
        .add("proof", Json.createArrayBuilder().add(proof))
        .build();
  }

  /** Verifies with keys taken from each proof's verification method (see the class comment). */
  public Verification verify(JsonObject secured) {
    return verify(secured, EddsaRdfc2022::keyOf);
  }

  /**
   * Verifies every {@code eddsa-rdfc-2022} proof of a document (proofs of other types are skipped;
   * at least one must be there). Each proof signs the document without any proof.
   *
   * @param keys the public key of a verification method, or empty if it is not trusted or known
   */
  public Verification verify(JsonObject secured, Function<String, Optional<PublicKey>> keys) {
    JsonValue proofValue = secured.get("proof");
    if (proofValue == null) {
      return Verification.fail("no proof");
    }
    List<JsonObject> proofs = new ArrayList<>();
    if (proofValue instanceof JsonArray a) {
      for (JsonValue v : a) {
        if (v instanceof JsonObject o) {
          proofs.add(o);
        }
      }
    } else if (proofValue instanceof JsonObject o) {
      proofs.add(o);
    }
    JsonObject unsecured = Json.createObjectBuilder(secured).remove("proof").build();
    int checked = 0;
    for (JsonObject proof : proofs) {
      if (!"DataIntegrityProof".equals(text(proof, "type"))
          || !CRYPTOSUITE.equals(text(proof, "cryptosuite"))) {
        continue;
      }
      Verification v = verifyOne(unsecured, proof, keys);
      if (!v.verified()) {
        return v;
      }
      checked++;
    }
    return checked == 0
        ? Verification.fail("no " + CRYPTOSUITE + " proof")
        : Verification.ok(checked + " " + CRYPTOSUITE + " proof(s) verified");
  }

  private Verification verifyOne(
      JsonObject unsecured, JsonObject proof, Function<String, Optional<PublicKey>> keys) {
    String method = text(proof, "verificationMethod");
    if (method == null) {
      return Verification.fail("proof has no verificationMethod");
    }
    if (!"assertionMethod".equals(text(proof, "proofPurpose"))) {
      return Verification.fail("proofPurpose is not assertionMethod");
    }
    Optional<PublicKey> key;
    try {
      key = keys.apply(method);
    } catch (IllegalArgumentException e) {
      return Verification.fail("verificationMethod " + method + ": " + e.getMessage());
    }
    if (key.isEmpty()) {
      return Verification.fail("verificationMethod " + method + " is not a known key");
    }
    byte[] signature;
    try {
      signature = Base58Btc.fromMultibase(text(proof, "proofValue"));
    } catch (IllegalArgumentException e) {
      return Verification.fail("proofValue: " + e.getMessage());
    }
    JsonObjectBuilder options = Json.createObjectBuilder(proof).remove("proofValue");
    JsonObject document = unsecured;
    if (proof.containsKey("@context")) {
      // the proof's @context must be a prefix of the document's; the document is read with it
      if (!startsWith(unsecured.get("@context"), proof.get("@context"))) {
        return Verification.fail("the proof's @context does not match the document's");
      }
      document = Json.createObjectBuilder(unsecured).add("@context", proof.get("@context")).build();
      options.remove("@context");
    }
    byte[] hash;
    try {
      hash = hashData(document, options.build(), false);
    } catch (IllegalArgumentException e) {
      return Verification.fail(e.getMessage());
    }
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key.get());
      s.update(hash);
      return s.verify(signature)
          ? Verification.ok("verified")
          : Verification.fail("signature does not match (the credential or its proof changed)");
    } catch (GeneralSecurityException e) {
      return Verification.fail("signature check failed: " + e.getMessage());
    }
  }

  /** SHA-256(canonical proof configuration) || SHA-256(canonical document). */
  byte[] hashData(JsonObject document, JsonObject proofOptions, boolean strict) {
    JsonObjectBuilder config = Json.createObjectBuilder(proofOptions);
    if (document.containsKey("@context")) {
      config.add("@context", document.get("@context"));
    }
    byte[] configHash = sha256(RdfCanonical.nquads(config.build(), contexts, strict));
    byte[] docHash = sha256(RdfCanonical.nquads(document, contexts, strict));
    byte[] out = new byte[64];
    System.arraycopy(configHash, 0, out, 0, 32);
    System.arraycopy(docHash, 0, out, 32, 32);
    return out;
  }

  /**
   * The key a verification method names: {@code did:key:z6Mk…[#z6Mk…]}, or an http(s) URL whose
   * fragment is a Multikey.
   *
   * @throws IllegalArgumentException for any other form
   */
  public static Optional<PublicKey> keyOf(String method) {
    if (method.startsWith("did:key:")) {
      String rest = method.substring("did:key:".length());
      int hash = rest.indexOf('#');
      String id = hash < 0 ? rest : rest.substring(0, hash);
      if (hash >= 0 && !rest.substring(hash + 1).equals(id)) {
        throw new IllegalArgumentException("the did:key fragment is not its key");
      }
      return Optional.of(Ed25519Keys.fromMultikey(id));
    }
    URI uri;
    try {
      uri = URI.create(method);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URI");
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException("unsupported scheme (did:key, http or https expected)");
    }
    String fragment = uri.getFragment();
    if (fragment == null || !fragment.startsWith("z6Mk")) {
      throw new IllegalArgumentException("no Multikey fragment (resolving it needs the network)");
    }
    return Optional.of(Ed25519Keys.fromMultikey(fragment));
  }

  private static boolean startsWith(JsonValue documentContext, JsonValue proofContext) {
    List<JsonValue> doc = asList(documentContext);
    List<JsonValue> proof = asList(proofContext);
    return proof.size() <= doc.size() && doc.subList(0, proof.size()).equals(proof);
  }

  private static List<JsonValue> asList(JsonValue v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof JsonArray a) {
      return a;
    }
    JsonArrayBuilder b = Json.createArrayBuilder().add(v);
    return b.build();
  }

  private static String text(JsonObject o, String key) {
    return o.get(key) instanceof JsonString s ? s.getString() : null;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
