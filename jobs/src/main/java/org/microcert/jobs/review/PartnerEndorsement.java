package org.microcert.jobs.review;

import java.util.Objects;
import org.microcert.jobs.catalog.Claim;

/**
 * An industry partner's endorsement of a credential (or of one competency it claims), as recorded.
 *
 * @param partner partner organisation
 * @param claim which of the framework's two claims it endorses
 * @param submission submission id
 * @param credential credential code
 * @param conceptUri the ESCO concept endorsed, or {@code null} for the credential as a whole
 * @param date ISO date of the endorsement
 * @param expires ISO date it expires
 * @param reportHash the content hash of the report it cites
 */
public record PartnerEndorsement(
    String partner,
    Claim claim,
    String submission,
    String credential,
    String conceptUri,
    String date,
    String expires,
    String reportHash) {

  public PartnerEndorsement {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(claim, "claim");
  }
}
