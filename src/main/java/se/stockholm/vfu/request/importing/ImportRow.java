package se.stockholm.vfu.request.importing;

import se.stockholm.vfu.request.RequestData;

import java.io.Serializable;

/** A row that passed every rule, ready to be saved; {@code update} once the service knows the student already has a request. */
public record ImportRow(int row, RequestData data, boolean update) implements Serializable {
}
