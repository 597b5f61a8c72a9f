/**
 * The standard formats generated from the canonical catalog: 1EdTech CASE 1.1, Open Badges 3.0
 * (Achievements and {@code eddsa-rdfc-2022}-signed sample credentials), Credential Engine CTDL-ASN,
 * European Learning Model v3 learning outcomes, a registrars' transcript CSV and {@code LOSSES.md}.
 *
 * <p>Entry point: {@link org.microcert.jobs.catalog.format.CatalogFormats#writeAll(
 * org.microcert.jobs.catalog.Catalog, java.nio.file.Path, java.security.PrivateKey)}. See {@code
 * docs/catalog-formats.md} for the mapping tables.
 */
package org.microcert.jobs.catalog.format;
