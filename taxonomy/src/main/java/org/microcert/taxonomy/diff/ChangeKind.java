package org.microcert.taxonomy.diff;

/** What happened to a concept between two releases. */
public enum ChangeKind {
  ADDED,
  REMOVED,
  CHANGED
}
