/**
 * Benchmarks behind {@code bin/microcert bench extract} and {@code bench pipeline}: each prints
 * human-readable figures and, as its last line, one JSON object.
 */
package org.microcert.pipelines.bench;
