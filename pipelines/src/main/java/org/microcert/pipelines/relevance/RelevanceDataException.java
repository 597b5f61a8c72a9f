package org.microcert.pipelines.relevance;

import org.microcert.taxonomy.InputRejectedException;

/**
 * The data a relevance run or report needs is absent: an unknown submission id, a region or period
 * without demand data, a missing warehouse table. The CLI maps it to exit code 3.
 */
public class RelevanceDataException extends InputRejectedException {

  private static final long serialVersionUID = 1L;

  public RelevanceDataException(String message) {
    super(message);
  }

  public RelevanceDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
