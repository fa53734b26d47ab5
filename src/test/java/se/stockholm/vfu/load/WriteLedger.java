package se.stockholm.vfu.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the simulated users were told succeeded: every place reported (its id and the marker it carries), every
 * request edit (the request, the version the answer gave and the marker written), every confirmation and every
 * allocation run. {@link WriteCheck} compares it with the database afterwards. One ledger per JVM: a run of
 * {@link PortalSimulation} starts it afresh.
 */
public final class WriteLedger {

    /** A request edit the portal answered 200 to. */
    public record Edit(long requestId, long version, String marker) {
    }

    private static volatile WriteLedger current = new WriteLedger("none");

    private final String runId;
    private final Map<Long, String> places = new ConcurrentHashMap<>();
    private final Set<String> placesSent = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Long> placeAnswers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Edit> edits = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> confirmations = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> runs = new ConcurrentLinkedQueue<>();
    private volatile WriteCheck.Result result;

    private WriteLedger(String runId) {
        this.runId = runId;
    }

    /** Starts a new ledger for a run; markers of this run start with {@code load-<runId>-}. */
    static WriteLedger start(String runId) {
        current = new WriteLedger(runId);
        return current;
    }

    public static WriteLedger current() {
        return current;
    }

    public String runId() {
        return runId;
    }

    /** The prefix of every marker this run writes into a place's or a request's notes. */
    public String markerPrefix() {
        return "load-" + runId + "-";
    }

    /** A report carrying {@code marker} is about to be sent; until it is answered, whether it was stored is unknown. */
    void placeSent(String marker) {
        placesSent.add(marker);
    }

    void placeReported(long id, String marker) {
        placeAnswers.add(id);
        places.put(id, marker);
    }

    void requestEdited(long id, long version, String marker) {
        edits.add(new Edit(id, version, marker));
    }

    void placementConfirmed(long id) {
        confirmations.add(id);
    }

    void allocationRun(long id) {
        runs.add(id);
    }

    public Map<Long, String> places() {
        return Collections.unmodifiableMap(places);
    }

    /** The marker of every report sent, answered or not. */
    public Set<String> placesSent() {
        return Set.copyOf(placesSent);
    }

    /** Every id a report was answered with, a repeated one included. */
    public List<Long> placeAnswers() {
        return new ArrayList<>(placeAnswers);
    }

    public List<Edit> edits() {
        return new ArrayList<>(edits);
    }

    public List<Long> confirmations() {
        return new ArrayList<>(confirmations);
    }

    public List<Long> runs() {
        return new ArrayList<>(runs);
    }

    public WriteCheck.Result result() {
        return result;
    }

    void result(WriteCheck.Result checked) {
        this.result = checked;
    }
}
