/**
 * Framework conformance of a micro-credential: plain Java rules, one per framework element.
 *
 * <p>Build a {@link org.microcert.jobs.conformance.CredentialRecord} (from the alignment output and
 * the relevance summary) and call {@link org.microcert.jobs.conformance.ConformanceChecker#check}
 * with the report date (a parameter, so reports are deterministic). Each element comes back as pass
 * / warn / fail with its reason.
 */
package org.microcert.jobs.conformance;
