/*
 * The language switch reloads the page in the other language, and the page comes back as the server last rendered it:
 * what was typed and not saved is gone. Before switching, the user is asked when a shown field of the page holds
 * something typed but not saved, so nothing is lost without a choice (native confirm: read out and answered by
 * keyboard like any dialog). "Typed" is told from the page itself, with no state kept: a field whose value differs from
 * the value the server last rendered into it (defaultValue, defaultChecked, defaultSelected; a chosen file). A form the
 * server refused comes back with what was typed as its rendered values: that does not ask (see README, known issues).
 * A table's search, column filters and paginator are not input to keep (they are redone in one click), nor are fields
 * in a closed dialog (not shown) or in the header.
 */
(function () {
    "use strict";
    var FIELDS = "main input:not([type=hidden]), main textarea, main select, .ui-dialog input:not([type=hidden]), "
        + ".ui-dialog textarea, .ui-dialog select";
    var NOT_INPUT = ".ui-datatable-header, .ui-column-filter, thead, .ui-paginator, .portal-header";
    var WIDGET = ".ui-selectonemenu, .ui-selectcheckboxmenu, .ui-selectmanymenu, .ui-chkbox, .ui-radiobutton, "
        + ".ui-inputswitch, .ui-selectbooleanbutton";

    function shown(field) {
        var box = field.closest(WIDGET) || field;
        return box.getClientRects().length > 0;
    }

    function changed(field) {
        if (field.matches("[type=checkbox], [type=radio]")) {
            return field.checked !== field.defaultChecked;
        }
        if (field.tagName === "SELECT") {
            if (!field.multiple) {
                var rendered = Array.prototype.findIndex.call(field.options, function (option) {
                    return option.defaultSelected;
                });
                // with no option marked selected, a menu shows its first one and a list none: neither is a change
                return rendered < 0 ? field.selectedIndex > 0 : field.selectedIndex !== rendered;
            }
            return Array.prototype.some.call(field.options, function (option) {
                return option.selected !== option.defaultSelected;
            });
        }
        if (field.matches("[type=file]")) {
            return field.files && field.files.length > 0;
        }
        return field.value !== field.defaultValue;
    }

    function unsavedInput() {
        return Array.prototype.some.call(document.querySelectorAll(FIELDS), function (field) {
            return !field.disabled && !field.readOnly && !field.closest(NOT_INPUT) && shown(field)
                && changed(field);
        });
    }

    window.VfuUnsaved = {
        /** Whether a shown field of the page holds something typed and not saved. */
        any: unsavedInput
    };

    // capturing, so that the question comes before the link's own handler (which submits the header's form)
    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("[data-unsaved-question] a");
        if (!link || !unsavedInput()) {
            return;
        }
        var question = link.closest("[data-unsaved-question]").getAttribute("data-unsaved-question");
        if (!window.confirm(question)) {
            event.preventDefault();
            event.stopPropagation();
        }
    }, true);
})();
