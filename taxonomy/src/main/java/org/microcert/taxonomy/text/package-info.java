/**
 * Text handling shared by every module: {@link org.microcert.taxonomy.text.SpreadsheetCells}
 * neutralises CSV cells that a spreadsheet would run as formulas.
 */
package org.microcert.taxonomy.text;
