package se.stockholm.vfu.readlog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The read log's group commit: no caller is told its entries are written before they are, and callers share commits. */
class GroupCommitTest {

    private static final int CALLERS = 16;

    @Test
    void everyCallerReturnsOnlyOnceItsOwnItemsAreCommittedAndCallersShareCommits() throws Exception {
        Set<String> committed = ConcurrentHashMap.newKeySet();
        AtomicInteger commits = new AtomicInteger();
        GroupCommit<String> group = new GroupCommit<>(items -> {
            Thread.sleep(20); // a commit takes a while: callers arriving meanwhile wait for the next one
            committed.addAll(items);
            commits.incrementAndGet();
        }, failure -> true);
        List<String> seenMissing = runConcurrently(CALLERS, i -> {
            String mine = "entry-" + i;
            group.write(List.of(mine, mine + "-placement"));
            return committed.containsAll(List.of(mine, mine + "-placement")) ? null : mine;
        });

        assertThat(seenMissing).as("callers told written before their entries were committed").isEmpty();
        assertThat(committed).hasSize(2 * CALLERS);
        assertThat(commits.get()).as("commits for %d callers at once", CALLERS).isLessThanOrEqualTo(CALLERS / 2);
    }

    @Test
    void anItemTheDatabaseRefusesFailsOnlyItsOwnCallerAndTheNextCommitWorks() throws Exception {
        Set<String> committed = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit<String> group = new GroupCommit<>(refusing("poison", committed, attempts), failure -> true);

        List<String> outcomes = runConcurrently(CALLERS, i -> outcome(group, i == 0 ? "poison" : "entry-" + i, committed));

        assertThat(outcomes.get(0)).isEqualTo("failed");
        assertThat(outcomes.subList(1, CALLERS)).as("callers whose items were fine").containsOnly("written");
        assertThat(attempts.get()).as("the shared batch, then the refused item alone").isGreaterThanOrEqualTo(1);
        group.write(List.of("after"));
        assertThat(committed).contains("after");
    }

    @Test
    void whenTheDatabaseFailsEveryCallerOfTheBatchIsToldWithoutATryEach() throws Exception {
        Set<String> committed = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit<String> group = new GroupCommit<>(refusing("poison", committed, attempts), failure -> false);

        List<String> outcomes = runConcurrently(CALLERS, i -> outcome(group, i == 0 ? "poison" : "entry-" + i, committed));

        assertThat(outcomes).doesNotContain("told written, not committed", "told failed, but committed");
        assertThat(outcomes.get(0)).isEqualTo("failed");
        assertThat(attempts.get()).as("one try of the batch holding the failing item, none alone").isEqualTo(1);
        group.write(List.of("after"));
        assertThat(committed).contains("after");
    }

    /** A batch writer that refuses any batch holding {@code refused}, counting those tries. */
    private static GroupCommit.Batch<String> refusing(String refused, Set<String> committed, AtomicInteger attempts) {
        return items -> {
            Thread.sleep(20);
            if (items.contains(refused)) {
                attempts.incrementAndGet();
                throw new java.sql.SQLException("value refused", "23000");
            }
            committed.addAll(items);
        };
    }

    /** What the caller was told about {@code item}, checked against what was committed. */
    private static String outcome(GroupCommit<String> group, String item, Set<String> committed) {
        try {
            group.write(List.of(item));
            return committed.contains(item) ? "written" : "told written, not committed";
        } catch (GroupCommit.NotWritten e) {
            return committed.contains(item) ? "told failed, but committed" : "failed";
        }
    }

    @Test
    void nothingToWriteCommitsNothing() {
        AtomicInteger commits = new AtomicInteger();
        GroupCommit<String> group = new GroupCommit<>(items -> commits.incrementAndGet(), failure -> true);
        group.write(List.of());
        assertThat(commits.get()).isZero();
        assertThatThrownBy(() -> new GroupCommit<String>(items -> {
            throw new IllegalStateException("refused");
        }, failure -> true).write(List.of("x"))).isInstanceOf(GroupCommit.NotWritten.class).hasRootCauseMessage("refused");
    }

    private interface Caller {
        String call(int index) throws Exception;
    }

    /** Starts the callers together and returns their answers in the callers' order (nulls left out). */
    private static List<String> runConcurrently(int callers, Caller caller) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return caller.call(index);
                }));
            }
            start.countDown();
            List<String> found = new ArrayList<>();
            for (Future<String> answer : answers) {
                String value = answer.get(30, TimeUnit.SECONDS);
                if (value != null) {
                    found.add(value);
                }
            }
            return found;
        } finally {
            pool.shutdownNow();
        }
    }
}
