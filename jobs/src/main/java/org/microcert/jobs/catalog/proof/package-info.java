/**
 * Signing what microcert publishes for wallets and badge platforms: W3C Data Integrity {@code
 * eddsa-rdfc-2022} proofs ({@link org.microcert.jobs.catalog.proof.EddsaRdfc2022}), with Ed25519
 * keys from the JDK in Multikey and {@code did:key} form ({@link
 * org.microcert.jobs.catalog.proof.Ed25519Keys}) and RDFC-1.0 canonicalisation ({@link
 * org.microcert.jobs.catalog.proof.RdfCanonical}). Known-answer tested against the W3C vectors and
 * 1EdTech's own signed test credentials.
 */
package org.microcert.jobs.catalog.proof;
