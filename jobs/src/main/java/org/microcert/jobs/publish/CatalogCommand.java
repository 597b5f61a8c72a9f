package org.microcert.jobs.publish;

import picocli.CommandLine.Command;

/** {@code microcert catalog}: the signed, versioned competency catalog for credential issuers. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description =
        "Publish, draft, verify and compare the signed competency catalog (approved competencies in"
            + " catalog.json, CASE 1.1, Open Badges 3.0, CTDL-ASN, ELM v3 and a transcript CSV).",
    subcommands = {
      CatalogPublishCommand.class,
      CatalogDraftCommand.class,
      CatalogVerifyCommand.class,
      CatalogDiffCommand.class
    })
public final class CatalogCommand {}
