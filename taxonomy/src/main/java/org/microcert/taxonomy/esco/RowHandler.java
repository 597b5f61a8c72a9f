package org.microcert.taxonomy.esco;

import org.apache.commons.csv.CSVRecord;

/** Turns one data record into model values, or rejects it. */
@FunctionalInterface
interface RowHandler {

  /**
   * @param r the record (shorter than the header only in ragged files)
   * @param line physical line where the record starts
   */
  void accept(CSVRecord r, long line) throws RowRejected;
}
