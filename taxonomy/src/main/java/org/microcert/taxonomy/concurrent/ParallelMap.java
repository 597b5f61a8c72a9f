package org.microcert.taxonomy.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Applies a function to every item on a fixed pool of threads; results come back in item order. */
public final class ParallelMap {

  private ParallelMap() {}

  /**
   * {@code fn} of every item, in item order, on {@code threads} threads (at least one).
   *
   * @param action what the work is, for errors shaped "Cannot {@code action}: why" (e.g. {@code
   *     "align"})
   * @throws IllegalStateException when a call fails (its cause is the call's exception) or the
   *     calling thread is interrupted
   */
  public static <T, R> List<R> map(
      List<T> items, int threads, Function<? super T, ? extends R> fn, String action) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<R>> fs = new ArrayList<>(items.size());
      for (T item : items) {
        fs.add(pool.submit(() -> fn.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> f : fs) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Cannot " + action + ": interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot " + action + ": " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
