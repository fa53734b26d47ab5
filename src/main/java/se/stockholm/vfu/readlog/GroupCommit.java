package se.stockholm.vfu.readlog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Writes what many threads hand it in shared writes, and returns to each only once its own items are written (or throws
 * if they could not be). The first thread to arrive while no write runs writes everything waiting, its own items and
 * those of the threads that came meanwhile, in one go (one transaction); the threads that arrive during that write wait
 * and are then written together by the next one of them. So twenty requests at once cost a handful of commits instead
 * of twenty, and no thread is told its items are written before they are: the read log's rule that no read is answered
 * without its entry stays true (a database's group commit, done by the caller threads themselves: no thread of its own
 * to start, stop or lose items in at shutdown). Nor does a thread fail for another's items that the database refused:
 * a shared batch that fails is tried again caller by caller, unless the database itself failed.
 *
 * @param <T> one item to write
 */
final class GroupCommit<T> {

    /** Writes one batch durably (commits it), or throws. */
    @FunctionalInterface
    interface Batch<T> {
        void write(List<T> items) throws Exception;
    }

    /** Thrown to every thread whose items were in a batch that could not be written. */
    static final class NotWritten extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotWritten(Throwable cause) {
            super("the batch holding these items was not written", cause);
        }
    }

    /** One thread's items and, once a write has taken them, its outcome. */
    private static final class Waiter<T> {
        private final List<T> items;
        private boolean done;
        private Throwable failure;

        Waiter(List<T> items) {
            this.items = items;
        }
    }

    private final Batch<T> batch;
    private final Predicate<Throwable> retryAlone;
    private final Object lock = new Object();
    private List<Waiter<T>> waiting = new ArrayList<>();
    private boolean writing;

    /**
     * @param batch      writes and commits one batch
     * @param retryAlone whether a shared batch's failure may have been one caller's items (a value the database
     *                   refused), so that each caller's items are tried again on their own and only those at fault fail;
     *                   false for a failure that would fail them all alike (the database unreachable), so that callers
     *                   are not kept waiting for one try each
     */
    GroupCommit(Batch<T> batch, Predicate<Throwable> retryAlone) {
        this.batch = batch;
        this.retryAlone = retryAlone;
    }

    /** Writes {@code items}, alone or with other threads' items; returns once they are written, or throws NotWritten. */
    void write(List<T> items) {
        if (items.isEmpty()) {
            return;
        }
        Waiter<T> mine = new Waiter<>(List.copyOf(items));
        List<Waiter<T>> taken;
        boolean interrupted = false;
        synchronized (lock) {
            waiting.add(mine);
            while (!mine.done && writing) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    // the items may already be in a running write: wait for its outcome all the same, so that
                    // the caller is never told less than what happened (the write itself is bounded by the query
                    // and socket timeouts), and keep the interruption for the caller
                    interrupted = true;
                }
            }
            if (!mine.done) {
                writing = true;
                taken = waiting;
                waiting = new ArrayList<>();
            } else {
                taken = List.of();
            }
        }
        if (!taken.isEmpty()) {
            writeAll(taken);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            throw new NotWritten(mine.failure);
        }
    }

    private void writeAll(List<Waiter<T>> taken) {
        List<T> all = new ArrayList<>();
        for (Waiter<T> waiter : taken) {
            all.addAll(waiter.items);
        }
        try {
            Throwable failure = attempt(all);
            boolean alone = failure != null && taken.size() > 1 && retryAlone.test(failure);
            for (Waiter<T> waiter : taken) {
                waiter.failure = alone ? attempt(waiter.items) : failure;
            }
        } finally {
            // the outcomes above are published to the waiters by this lock
            synchronized (lock) {
                for (Waiter<T> waiter : taken) {
                    waiter.done = true;
                }
                writing = false;
                lock.notifyAll();
            }
        }
    }

    /** Writes the items; their failure, or null. */
    private Throwable attempt(List<T> items) {
        try {
            batch.write(items);
            return null;
        } catch (Exception | Error e) {
            return e;
        }
    }
}
