package org.microcert.jobs.catalog.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPair;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.microcert.jobs.catalog.Catalog.Alignment;
import org.microcert.jobs.catalog.Catalog.Competency;
import org.microcert.jobs.catalog.Catalog.Credential;
import org.microcert.jobs.catalog.jsonld.LocalContexts;
import org.microcert.jobs.catalog.proof.Ed25519Keys;
import org.microcert.jobs.catalog.proof.EddsaRdfc2022;

/**
 * Open Badges 3.0: one Achievement definition per credential (what badge platforms read: alignments
 * with ESCO URI, label and a sentence, one CFItem alignment per competency to the CASE item, {@code
 * criteria.narrative} from the summative assessment, ESCO labels in {@code tag}), and one sample
 * AchievementCredential per credential, signed with an {@code eddsa-rdfc-2022} proof, to show
 * issuers how an earner's credential carries the catalog's alignments.
 */
final class OpenBadgesWriter {

  static final String FORMAT = "Open Badges 3.0";
  static final String ESCO_TARGET_TYPE = "ext:ESCOConcept";
  static final String SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
          + "ob_v3p0_achievementcredential_schema.json";

  private OpenBadgesWriter() {}

  /** The Achievement definition of a credential (with {@code @context}, so it stands alone). */
  static ObjectNode achievement(CatalogIndex index, Credential cr, Losses losses) {
    ObjectNode a = FormatJson.object();
    a.set("@context", context());
    a.put("id", "urn:uuid:" + cr.id());
    a.set("type", FormatJson.strings(List.of("Achievement")));
    a.put("achievementType", "MicroCredential");
    a.put("name", cr.title());
    a.put("humanCode", cr.code());
    a.put(
        "description",
        cr.title()
            + " ("
            + cr.code()
            + "), a micro-certification of "
            + cr.institution()
            + ", aligned to "
            + index.competencies(cr).size()
            + " approved ESCO competencies.");
    ObjectNode criteria = FormatJson.object();
    criteria.put(
        "narrative",
        cr.summativeAssessment() == null || cr.summativeAssessment().isBlank()
            ? "Pass the credential's summative assessment."
            : cr.summativeAssessment());
    a.set("criteria", criteria);
    ObjectNode creator = FormatJson.object();
    creator.put("id", "urn:uuid:" + cr.id() + ":issuer");
    creator.set("type", FormatJson.strings(List.of("Profile")));
    creator.put("name", cr.institution().isEmpty() ? "unknown institution" : cr.institution());
    a.set("creator", creator);
    if (cr.transcriptCode() != null) {
      ObjectNode other = FormatJson.object();
      other.put("type", "IdentifierEntry");
      other.put("identifier", cr.transcriptCode());
      other.put("identifierType", "ext:TranscriptCode");
      a.set("otherIdentifier", FormatJson.array().add(other));
    }
    if (cr.hours() != null) {
      losses.textOnly(FORMAT, "credential hours", 1);
      a.put(
          "description",
          a.get("description").asText() + " " + cr.hours().toPlainString() + " hours of learning.");
    }
    ArrayNode alignment = FormatJson.array();
    TreeSet<String> tags = new TreeSet<>();
    for (Competency c : index.competencies(cr)) {
      List<Alignment> as = CatalogIndex.alignments(cr, c);
      ObjectNode esco = FormatJson.object();
      esco.set("type", FormatJson.strings(List.of("Alignment")));
      esco.put("targetName", c.label());
      esco.put("targetUrl", c.uri());
      esco.put("targetDescription", sentence(c, as));
      esco.put("targetFramework", "ESCO " + c.escoRelease());
      esco.put("targetType", ESCO_TARGET_TYPE);
      alignment.add(esco);
      ObjectNode item = FormatJson.object();
      item.set("type", FormatJson.strings(List.of("Alignment")));
      item.put("targetName", c.label());
      item.put("targetUrl", CaseWriter.itemUri(c.id()));
      item.put("targetCode", c.id());
      item.put(
          "targetFramework", "microcert approved competency catalog " + index.catalog.version());
      item.put("targetType", "CFItem");
      alignment.add(item);
      tags.add(c.label());
      losses.textOnly(FORMAT, "match kind and score of each alignment", as.size());
      losses.dropped(FORMAT, "alignment rank and confidence", as.size());
    }
    a.set("alignment", alignment);
    a.set("tag", FormatJson.strings(tags));
    return a;
  }

  /** A sample earner's AchievementCredential for a credential, signed with {@code key}. */
  static JsonNode sampleCredential(
      CatalogIndex index, Credential cr, ObjectNode achievement, KeyPair key, LocalContexts ctx) {
    ObjectNode vc = FormatJson.object();
    vc.set("@context", context());
    vc.put("id", "urn:uuid:" + CatalogIndex.sampleCredentialId(cr));
    vc.set("type", FormatJson.strings(List.of("VerifiableCredential", "AchievementCredential")));
    vc.put("name", cr.title() + " (sample credential)");
    vc.put(
        "description",
        "A sample earner's credential, signed with the catalog publisher's key, showing how an"
            + " issued "
            + cr.code()
            + " credential carries the catalog's alignments.");
    ObjectNode issuer = FormatJson.object();
    issuer.put("id", Ed25519Keys.didKey(key.getPublic()));
    issuer.set("type", FormatJson.strings(List.of("Profile")));
    issuer.put("name", "microcert catalog publisher (sample issuer for " + cr.institution() + ")");
    vc.set("issuer", issuer);
    vc.put("validFrom", index.dateTime());
    ObjectNode subject = FormatJson.object();
    subject.put("id", "urn:uuid:" + CatalogIndex.sampleCredentialId(cr) + ":earner");
    subject.set("type", FormatJson.strings(List.of("AchievementSubject")));
    ObjectNode embedded = achievement.deepCopy();
    embedded.remove("@context");
    subject.set("achievement", embedded);
    vc.set("credentialSubject", subject);
    ObjectNode schema = FormatJson.object();
    schema.put("id", SCHEMA);
    schema.put("type", "1EdTechJsonSchemaValidator2019");
    vc.set("credentialSchema", FormatJson.array().add(schema));
    EddsaRdfc2022 suite = new EddsaRdfc2022(ctx);
    return FormatJson.fromJsonP(
        suite.sign(
            FormatJson.toJsonP(vc),
            key.getPrivate(),
            Ed25519Keys.didKeyVerificationMethod(key.getPublic()),
            index.dateTime()));
  }

  static void limits(CatalogIndex index, Losses losses) {
    losses.decisionsAndEndorsements(
        FORMAT,
        index,
        "endorsements (EndorsementCredentials a partner signs; microcert cannot sign for them)");
    losses.textOnly(FORMAT, Losses.RELEVANCE, index.relevanceCount());
    losses.limit(
        FORMAT,
        "An Alignment has no match kind, score or provenance (only through an extension context and"
            + " schema, which badge platforms ignore): they are written into targetDescription."
            + " Partner endorsements must be EndorsementCredentials signed by the partner.");
  }

  private static String sentence(Competency c, List<Alignment> as) {
    String outcomes =
        as.stream()
            .map(
                a ->
                    a.outcomeId()
                        + " ("
                        + a.match().wire()
                        + " match, score "
                        + (a.score() == null ? "n/a" : a.score().toPlainString())
                        + ")")
            .collect(Collectors.joining(", "));
    String s =
        "ESCO "
            + c.ksaClass().wire()
            + " \""
            + c.label()
            + "\" ("
            + c.escoRelease()
            + "), approved by the working group for outcome(s) "
            + outcomes
            + ".";
    if (c.relevance() != null && c.relevance().summary() != null) {
      s += " Relevance: " + c.relevance().summary();
    }
    return s;
  }

  private static ArrayNode context() {
    return FormatJson.strings(List.of(LocalContexts.VC_V2, LocalContexts.OB_303));
  }
}
