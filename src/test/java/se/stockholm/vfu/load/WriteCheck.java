package se.stockholm.vfu.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import se.stockholm.vfu.it.PageClient;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After a run: compares the database, read back over the API as a central contact, with what the simulated users
 * were told succeeded ({@link WriteLedger}). A write is <b>lost</b> when the user was told it succeeded and the
 * database does not have it; <b>duplicated</b> when the database has it more often than the users were told (a place
 * with the run's marker that no report sent, two places with the marker of one report, two reports answered with the
 * same id, a placement confirmed twice, two request edits both told they made the same version). A place whose report
 * was sent but whose answer never came (the run ended while it was on its way) is neither: the user was told nothing.
 */
public final class WriteCheck {

    /** The outcome: counts checked and every problem found, in words. */
    public record Result(int places, int edits, int confirmations, int runs, int unanswered, List<String> lost,
            List<String> duplicated) {

        /** A check that could not compare anything, with the reason as its one problem. */
        public static Result failed(String reason) {
            return new Result(0, 0, 0, 0, 0, List.of(reason), List.of());
        }

        public boolean ok() {
            return lost.isEmpty() && duplicated.isEmpty();
        }

        @Override
        public String toString() {
            return "writes checked: " + places + " places reported, " + edits + " request edits, " + confirmations
                    + " confirmations, " + runs + " allocation runs (" + unanswered + " place reports stored whose answer"
                    + " the run ended before; neither lost nor duplicated); lost " + lost.size() + ", duplicated "
                    + duplicated.size() + (ok() ? "" : ": " + lost + " " + duplicated);
        }
    }

    private WriteCheck() {
    }

    /** Reads the term's records as {@code username} and compares them with the ledger. */
    public static Result check(WriteLedger ledger, URI base, String term, String username, String password)
            throws Exception {
        PageClient api = new PageClient(base, username, password);
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();

        List<Long> answers = ledger.placeAnswers();
        Set<Long> once = new HashSet<>();
        answers.stream().filter(id -> !once.add(id)).forEach(id -> duplicated.add("place " + id + " reported twice"));
        Map<Long, String> stored = new HashMap<>();
        int total = Integer.MAX_VALUE;
        for (int first = 0; first < total; first += 500) {
            JsonObject page = get(api, "api/terms/" + term + "/places?size=500&first=" + first + "&text=" + ledger.markerPrefix());
            total = page.getInt("total");
            for (JsonValue row : page.getJsonArray("rows")) {
                JsonObject place = row.asJsonObject();
                stored.put(place.getJsonNumber("id").longValue(), place.getString("notes", ""));
            }
            if (page.getJsonArray("rows").isEmpty()) {
                break;
            }
        }
        ledger.places().forEach((id, marker) -> {
            if (!marker.equals(stored.get(id))) {
                lost.add("place " + id + " (" + marker + ") was reported but is " + stored.get(id));
            }
        });
        Map<String, List<Long>> storedByMarker = stored.keySet().stream().sorted()
                .collect(Collectors.groupingBy(stored::get));
        storedByMarker.forEach((marker, ids) -> {
            if (ids.size() > 1) {
                duplicated.add("places " + ids + " all carry " + marker + ", which one report sent");
            }
        });
        Set<String> sent = ledger.placesSent();
        int unanswered = 0;
        for (Map.Entry<Long, String> place : stored.entrySet()) {
            boolean single = storedByMarker.get(place.getValue()).size() == 1;
            if (ledger.places().containsKey(place.getKey()) || !single) {
                continue;
            }
            if (sent.contains(place.getValue())) {
                // sent, stored, but the answer never reached the user (the run ended while it was on its way): the
                // user was told nothing, so this is neither a lost nor a duplicated write
                unanswered++;
            } else {
                duplicated.add("place " + place.getKey() + " (" + place.getValue() + ") stored but never sent");
            }
        }

        List<WriteLedger.Edit> edits = ledger.edits();
        Map<Long, List<WriteLedger.Edit>> byRequest = edits.stream()
                .collect(Collectors.groupingBy(WriteLedger.Edit::requestId));
        for (Map.Entry<Long, List<WriteLedger.Edit>> entry : byRequest.entrySet()) {
            List<WriteLedger.Edit> told = entry.getValue();
            Set<Long> versions = new HashSet<>();
            told.stream().filter(e -> !versions.add(e.version()))
                    .forEach(e -> duplicated.add("request " + e.requestId() + ": two edits both made version " + e.version()));
            WriteLedger.Edit last = told.stream().max(Comparator.comparingLong(WriteLedger.Edit::version)).orElseThrow();
            JsonObject request = get(api, "api/terms/" + term + "/requests/" + entry.getKey());
            long version = request.getJsonNumber("version").longValue();
            String notes = request.getString("notes", "");
            if (version != last.version() || !last.marker().equals(notes)) {
                lost.add("request " + entry.getKey() + ": last edit told version " + last.version() + " '" + last.marker()
                        + "', stored version " + version + " '" + notes + "'");
            }
        }

        List<Long> confirmed = ledger.confirmations();
        Set<Long> seen = new HashSet<>();
        for (Long id : confirmed) {
            if (!seen.add(id)) {
                duplicated.add("placement " + id + " confirmed twice");
                continue;
            }
            String status = get(api, "api/terms/" + term + "/placements/" + id).getString("status");
            if (!Set.of("CONFIRMED", "STARTED", "COMPLETED", "INTERRUPTED").contains(status)) {
                lost.add("placement " + id + " was confirmed but is " + status);
            }
        }

        List<Long> runs = ledger.runs();
        HttpResponse<String> runList = api.send("GET", api.uri("api/terms/" + term + "/allocation/runs"), null, null,
                "Accept", "application/json");
        Set<Long> storedRuns = new HashSet<>();
        Json.createReader(new StringReader(runList.body())).readArray()
                .forEach(v -> storedRuns.add(v.asJsonObject().getJsonNumber("id").longValue()));
        runs.stream().filter(id -> !storedRuns.contains(id)).forEach(id -> lost.add("allocation run " + id + " missing"));

        return new Result(answers.size(), edits.size(), confirmed.size(), runs.size(), unanswered, lost, duplicated);
    }

    private static JsonObject get(PageClient api, String path) throws Exception {
        HttpResponse<String> response = api.send("GET", api.uri(path), null, null, "Accept", "application/json");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
