/**
 * File output and input plumbing shared by every module: {@link
 * org.microcert.taxonomy.io.AtomicFiles} writes files and folders through a temporary sibling and a
 * rename, so readers never see half-written output; {@link org.microcert.taxonomy.io.Reject} is the
 * one rejected-record shape (file, line, column, reason) and {@link
 * org.microcert.taxonomy.io.RejectsFile} the one writer of rejects files.
 */
package org.microcert.taxonomy.io;
