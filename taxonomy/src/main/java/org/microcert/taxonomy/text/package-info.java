/**
 * Text handling shared by every module: {@link org.microcert.taxonomy.text.SpreadsheetCells}
 * neutralises CSV cells that a spreadsheet would run as formulas; {@link
 * org.microcert.taxonomy.text.TextCleaner} turns user text that may hold HTML into plain text
 * (entities decoded, then tags stripped) for postings and submission cells alike; {@link
 * org.microcert.taxonomy.text.Words} counts words.
 */
package org.microcert.taxonomy.text;
