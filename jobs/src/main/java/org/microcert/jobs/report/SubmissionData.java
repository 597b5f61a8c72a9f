package org.microcert.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.microcert.jobs.conformance.CredentialRecord;

/**
 * One submission as read from the warehouse.
 *
 * @param id submission id
 * @param credentials its credentials, by code
 * @param relevance the parsed {@code relevance/<id>/relevance.json}, or {@code null} if relevance
 *     was not run
 */
record SubmissionData(String id, List<CredentialRecord> credentials, JsonNode relevance) {
  SubmissionData {
    Objects.requireNonNull(id, "id");
    credentials = List.copyOf(credentials);
  }
}
