/*
 * Row buttons that carry their row (v:rowButton): a button with data-command="name" and data-row="key" calls the
 * page's p:remoteCommand of that name with the row's key as the parameter "row"; the bean takes the row from those
 * the table showed (PagedTable.shownRow). One command serves every row of a table, where an ajax p:commandButton per row
 * and action was a widget and a CSP-registered script each. They are native buttons: Enter and Space click them, and
 * a button stays disabled while its command is under way, as PrimeFaces' own buttons do.
 *
 * A command whose update replaces its own button ("Lås" becomes "Lås upp") left the focus on the page's top (WCAG
 * 2.4.3): the focus goes to the button now in the same row and place, the same row key and the same last part of its
 * id, unless the focus was put somewhere meanwhile (a dialog the command opened, VfuFocus.to).
 */
(function () {
    "use strict";

    function lost(element) {
        return !element || element === document.body || element === document.documentElement;
    }

    function focusSuccessor(button, row) {
        if (document.contains(button) || !lost(document.activeElement)) {
            return;
        }
        var place = button.id.substring(button.id.lastIndexOf(":"));
        var candidates = document.querySelectorAll("button[data-row='" + CSS.escape(row) + "']");
        for (var i = 0; i < candidates.length; i++) {
            var candidate = candidates[i];
            if (candidate.id.endsWith(place) && !candidate.disabled && candidate.getClientRects().length > 0) {
                candidate.focus();
                return;
            }
        }
    }

    document.addEventListener("click", function (event) {
        var button = event.target instanceof Element ? event.target.closest("button[data-command]") : null;
        if (!button || button.disabled) {
            return;
        }
        var command = window[button.getAttribute("data-command")];
        if (typeof command !== "function") {
            return;
        }
        var row = button.getAttribute("data-row");
        var params = [{name: "row", value: row}];
        button.disabled = true;
        var done = function () {
            button.disabled = false;
            // PrimeFaces settles the request before it applies the update: look for the new button after that
            setTimeout(function () {
                focusSuccessor(button, row);
            }, 0);
        };
        var request = command(params);
        if (request && typeof request.always === "function") {
            request.always(done);
        } else {
            done();
        }
    });
})();
