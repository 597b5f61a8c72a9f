package org.microcert.jobs.run;

import java.io.Serial;

/** Another live run holds the warehouse's lock. Its message is one line for the user. */
public final class WarehouseBusyException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  public WarehouseBusyException(String message) {
    super(message);
  }
}
