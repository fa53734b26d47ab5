/*
 * Row buttons that carry their row (v:rowButton): a button with data-command="name" and data-row="key" calls the
 * page's p:remoteCommand of that name with the row's key as the parameter "row"; the bean takes the row from those
 * the table showed (PagedTable.shownRow). One command serves every row of a table, where an ajax p:commandButton per row
 * and action was a widget and a CSP-registered script each. They are native buttons: Enter and Space click them, and
 * a button stays disabled while its command is under way, as PrimeFaces' own buttons do.
 */
(function () {
    "use strict";

    document.addEventListener("click", function (event) {
        var button = event.target instanceof Element ? event.target.closest("button[data-command]") : null;
        if (!button || button.disabled) {
            return;
        }
        var command = window[button.getAttribute("data-command")];
        if (typeof command !== "function") {
            return;
        }
        var params = [{name: "row", value: button.getAttribute("data-row")}];
        button.disabled = true;
        var done = function () {
            button.disabled = false;
        };
        var request = command(params);
        if (request && typeof request.always === "function") {
            request.always(done);
        } else {
            done();
        }
    });
})();
