package org.microcert.jobs.review;

import picocli.CommandLine.Command;

/** {@code microcert review}: the working groups' decisions and the partners' endorsements. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description =
        "Record and check review decisions and partner endorsements (an append-only,"
            + " hash-chained log in the warehouse).",
    subcommands = {ReviewImportCommand.class, ReviewListCommand.class, ReviewVerifyCommand.class})
public final class ReviewCommand {}
