/**
 * Report content hashes: what a review decision or endorsement cites, and how staleness is told.
 */
package org.microcert.jobs.provenance;
