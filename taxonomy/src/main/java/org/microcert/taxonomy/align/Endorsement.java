package org.microcert.taxonomy.align;

import java.time.LocalDate;
import java.util.Objects;

/** A partner's endorsement of a credential: who, when endorsed, when it expires. */
public record Endorsement(String partner, LocalDate endorsed, LocalDate expires) {

  public Endorsement {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(endorsed, "endorsed");
    Objects.requireNonNull(expires, "expires");
  }
}
