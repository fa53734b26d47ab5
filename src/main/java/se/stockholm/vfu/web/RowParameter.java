package se.stockholm.vfu.web;

import se.stockholm.vfu.common.NotFoundException;

/**
 * A number a plain row button sent with its command ({@code row-commands.js}): the row's id or version as the page
 * showed it. Anything else is answered as a row that is not there, as the services answer an id outside the user's
 * scope; the services check the scope of every id they are given, whoever sent it.
 */
public final class RowParameter {

    private RowParameter() {
    }

    public static long of(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException();
        }
    }
}
