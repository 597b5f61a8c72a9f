/** Running independent work on a few threads, results in input order. */
package org.microcert.taxonomy.concurrent;
