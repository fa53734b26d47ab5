/*
 * Escape closes the innermost thing open: in a field whose calendar or list is open, that overlay, not the dialog
 * around the field.
 *
 * A dialog with closeOnEscape hides itself on an Escape that reaches the document unless the key's default was
 * prevented. PrimeFaces' date picker closes its calendar on an Escape in its field, and its checkbox menu its list on
 * an Escape on an item, but neither prevents the key's default: the same key closed the dialog too, whose form is
 * emptied when it is opened again, and all that was typed was lost. So an Escape in a field whose overlay panel is
 * open, or in the panel itself, is marked as handled before anything sees it (capture): the field's own handler still
 * closes the panel, and the dialog stays. A second Escape, nothing open any more, closes the dialog as before.
 */
(function () {
    "use strict";
    /** PrimeFaces' overlay panels (a date picker's calendar, a menu's list): this class, and the id {field}_panel. */
    var OVERLAY = "ui-input-overlay";

    function shown(element) {
        return element.getClientRects().length > 0;
    }

    /** Whether the key's target is in an open overlay panel or in a field whose overlay panel is open. */
    function inOpenOverlay(target) {
        var panel = target.closest("." + OVERLAY);
        if (panel) {
            return shown(panel);
        }
        var field = target.closest("[id]");
        for (; field; field = field.parentElement && field.parentElement.closest("[id]")) {
            panel = document.getElementById(field.id + "_panel");
            // an inline calendar is the field's own, always shown: it has nothing to close
            if (panel && panel.classList.contains(OVERLAY) && !field.contains(panel)) {
                return shown(panel);
            }
        }
        return false;
    }

    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && event.target instanceof Element && inOpenOverlay(event.target)) {
            event.preventDefault();
        }
    }, true);
})();
