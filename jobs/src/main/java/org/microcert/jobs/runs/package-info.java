/**
 * {@code microcert runs}: past runs read from the JDBC job repository ({@link
 * org.microcert.jobs.runs.RunHistory}), listed one per line ({@link
 * org.microcert.jobs.runs.RunsCommand}) or one in detail ({@link
 * org.microcert.jobs.runs.RunsShowCommand}).
 */
package org.microcert.jobs.runs;
