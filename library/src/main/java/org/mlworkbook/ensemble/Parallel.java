package org.mlworkbook.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.mlworkbook.math.Rng;

/**
 * Trains independent members on several threads with the same result as one thread: every member's randomness
 * is fixed before any thread starts ({@link #seeds}), task i only reads shared data and writes slot i, and the
 * results come back in index order whichever thread finished first.
 */
final class Parallel {

    private Parallel() {
    }

    /**
     * The thread count a setting means.
     *
     * @param threads ≥ 1 for that many threads, 0 for every core of the machine
     * @return the number of threads to use, ≥ 1
     */
    static int resolve(int threads) {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** @throws IllegalArgumentException unless threads ≥ 0 (0 = all cores) */
    static int requireThreads(String method, int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException(method + ": threads expected >= 0 (0 = all cores), got " + threads);
        }
        return threads;
    }

    /**
     * One seed per member, drawn from Rng(seed) in member order: member i gets the i-th nextLong(), whatever the
     * number of threads.
     *
     * @return count seeds
     */
    static long[] seeds(long seed, int count) {
        Rng rng = new Rng(seed);
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = rng.nextLong();
        }
        return seeds;
    }

    /**
     * [task(0), …, task(count − 1)], computed by min(threads, count) threads that take the next index in turn.
     * An exception of a task is rethrown (the first one) after all threads have stopped.
     *
     * @param count   the number of tasks, ≥ 0
     * @param threads the thread setting (0 = all cores)
     * @param task    index → result; must only read shared state
     * @return the results in index order
     */
    static <T> List<T> map(int count, int threads, IntFunction<T> task) {
        int workers = Math.min(resolve(threads), count);
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    results[i] = task.apply(i);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        if (workers <= 1) {
            work.run();
        } else {
            List<Thread> pool = new ArrayList<>();
            for (int w = 1; w < workers; w++) {
                Thread thread = new Thread(work, "ensemble-" + w);
                thread.setDaemon(true);
                thread.start();
                pool.add(thread);
            }
            work.run();
            for (Thread thread : pool) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("ensemble training interrupted", e);
                }
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return List.copyOf(list);
    }
}
