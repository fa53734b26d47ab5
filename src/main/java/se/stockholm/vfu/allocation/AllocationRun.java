package se.stockholm.vfu.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import se.stockholm.vfu.allocation.engine.AllocationResult;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.term.Term;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One run of the allocation engine for a term, kept so that anyone can see later what the engine was given
 * (the input snapshot, in the JSON format of docs/allocation.md, with the seed) and what it answered, who ran it
 * and whether it was published; replaying the snapshot must give the same result.
 */
@Entity
@Audited
@Table(name = "allocation_run")
public class AllocationRun extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false, updatable = false)
    private Term term;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(name = "run_by", nullable = false, length = 60, updatable = false)
    private String runBy;

    @Column(name = "run_at", nullable = false, updatable = false)
    private Instant runAt;

    @Column(name = "elapsed_ms", nullable = false, updatable = false)
    private long elapsedMs;

    @Column(name = "request_count", nullable = false, updatable = false)
    private int requestCount;

    @Column(nullable = false, updatable = false)
    private int capacity;

    @Column(nullable = false, updatable = false)
    private int ceiling;

    @Column(name = "placed_count", nullable = false, updatable = false)
    private int placedCount;

    /** Placed students per rank, "12,5,1": small enough for lists without reading the result. */
    @Column(nullable = false, length = 200, updatable = false)
    private String profile;

    // the run's input and result are written once and never change: the run row keeps them, the history need not
    @NotAudited
    @Lob
    @Column(name = "problem_json", nullable = false, updatable = false)
    private String problemJson;

    @NotAudited
    @Lob
    @Column(name = "result_json", nullable = false, updatable = false)
    private String resultJson;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 60)
    private String publishedBy;

    protected AllocationRun() {
    }

    public AllocationRun(Term term, String problemJson, AllocationResult result, String runBy, Instant runAt) {
        this.term = Objects.requireNonNull(term);
        this.problemJson = Objects.requireNonNull(problemJson);
        this.resultJson = ResultJson.write(result);
        this.seed = result.seed();
        this.elapsedMs = result.elapsed().toMillis();
        this.requestCount = result.ceiling().requests();
        this.capacity = result.ceiling().capacity();
        this.ceiling = result.ceiling().maxPlaceable();
        this.placedCount = result.placedCount();
        this.profile = result.profile().countByRank().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.runBy = Objects.requireNonNull(runBy);
        this.runAt = Objects.requireNonNull(runAt);
    }

    public void published(String by, Instant at) {
        publishedBy = Objects.requireNonNull(by);
        publishedAt = Objects.requireNonNull(at);
    }

    public Term getTerm() {
        return term;
    }

    public long getSeed() {
        return seed;
    }

    public String getRunBy() {
        return runBy;
    }

    public Instant getRunAt() {
        return runAt;
    }

    public long getElapsedMs() {
        return elapsedMs;
    }

    public int getRequestCount() {
        return requestCount;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getCeiling() {
        return ceiling;
    }

    public int getPlacedCount() {
        return placedCount;
    }

    public String getProfile() {
        return profile;
    }

    public String getProblemJson() {
        return problemJson;
    }

    public String getResultJson() {
        return resultJson;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
