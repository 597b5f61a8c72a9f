/**
 * JSON-LD processing with no network: {@link org.microcert.jobs.catalog.jsonld.LocalContexts}
 * serves the known contexts from local copies and refuses anything else; {@link
 * org.microcert.jobs.catalog.jsonld.JsonLdChecks} expands a document with undefined terms treated
 * as errors.
 */
package org.microcert.jobs.catalog.jsonld;
