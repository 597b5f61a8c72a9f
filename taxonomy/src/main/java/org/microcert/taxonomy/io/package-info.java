/**
 * File output shared by every module: {@link org.microcert.taxonomy.io.AtomicFiles} writes files and
 * folders through a temporary sibling and a rename, so readers never see half-written output.
 */
package org.microcert.taxonomy.io;
