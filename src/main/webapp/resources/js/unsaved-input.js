/*
 * The language switch reloads the page in the other language, and the page comes back as the server last rendered it:
 * what was typed and not saved is gone. Before switching, the user is asked when a shown field of the page holds
 * something typed but not saved, so nothing is lost without a choice (native confirm: read out and answered by
 * keyboard like any dialog). "Typed" is told from the page itself: a field whose value differs from the value the
 * server last rendered into it (defaultValue, defaultChecked, defaultSelected; a chosen file), or a field of a form the
 * server refused that held typed input when the form was sent. Such a form comes back with what was typed as its
 * rendered values, so the server names it (web.RefusedForms: the page's data-refused-forms, an ajax answer's
 * args.refusedForms), and those of its fields are marked as holding unsaved input until the form is sent again and not
 * refused (saved), or the server renders them again. Which fields held typed input is noted as the form is sent (the
 * answer cannot tell: its rendered values are the typed ones); a form refused as it was rendered (Save on an empty new
 * place, its fields holding their defaults) has nothing to lose and does not ask. A chosen file never comes back and is
 * not noted. A page sent whole carries its note to the answer's page in sessionStorage, read once; an answer with no
 * note (a form sent by script, not by a submit) marks all the refused form's fields, so that nothing is lost unasked.
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
    var FORM_FIELDS = "input:not([type=hidden]), textarea, select";
    // on a field the server rendered into a refused form: what it holds was typed and not saved
    var REFUSED = "data-refused-input";
    // a whole page's send: the sent form's typed fields, for the answer's page (sessionStorage, read once)
    var SENT = "vfu.typedAtSend";
    // how long such a note stands for the next page; older (or none), a refused form's fields are all marked
    var NOTE_LIFETIME_MS = 15000;
    // an ajax send: the typed fields of each form, for the answer (client id -> field names)
    var typedAtSend = {};

    function shown(field) {
        var box = field.closest(WIDGET) || field;
        return box.getClientRects().length > 0;
    }

    function changed(field) {
        if (field.hasAttribute(REFUSED)) {
            return true;
        }
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

    function key(field) {
        return field.name || field.id;
    }

    /** The names of the form's fields that hold typed input not saved, as it is sent (a chosen file never comes back). */
    function typedFields(form) {
        var typed = [];
        form.querySelectorAll(FORM_FIELDS).forEach(function (field) {
            if (!field.matches("[type=file]") && changed(field) && typed.indexOf(key(field)) < 0) {
                typed.push(key(field));
            }
        });
        return typed;
    }

    /**
     * Marks the fields of the forms the server named as refused (client ids separated by spaces) that held typed input
     * as they were sent: typed(formId) gives their names, or null when that is not known (then all the form's fields).
     */
    function markRefused(formIds, typed) {
        (formIds || "").split(/\s+/).filter(Boolean).forEach(function (id) {
            var form = document.getElementById(id);
            if (form) {
                var names = typed(id);
                form.querySelectorAll(FORM_FIELDS).forEach(function (field) {
                    if (!names || names.indexOf(key(field)) >= 0) {
                        field.setAttribute(REFUSED, "");
                    } else {
                        field.removeAttribute(REFUSED);
                    }
                });
            }
        });
    }

    function readSent() {
        try {
            var sent = JSON.parse(sessionStorage.getItem(SENT));
            sessionStorage.removeItem(SENT);
            // a note left by a send that loaded no page (a download, a cancelled submit) must not stand for a later
            // send by script, which notes nothing: only a note of the last moments is this page's
            return sent && Date.now() - sent.at < NOTE_LIFETIME_MS ? sent : null;
        } catch (e) {
            return null;
        }
    }

    // capturing: noted before the page unloads, whichever handler sends it
    document.addEventListener("submit", function (event) {
        var form = event.target;
        try {
            sessionStorage.setItem(SENT, JSON.stringify({form: form.id, typed: typedFields(form), at: Date.now()}));
        } catch (e) {
            // no storage: the answer marks all of a refused form's fields
        }
    }, true);

    document.addEventListener("DOMContentLoaded", function () {
        var sent = readSent();
        markRefused(document.body.getAttribute("data-refused-forms"), function (id) {
            return sent && sent.form === id && Array.isArray(sent.typed) ? sent.typed : null;
        });
    });
    if (window.jQuery) {
        jQuery(document).on("pfAjaxSend", function () {
            typedAtSend = {};
            document.querySelectorAll("form[id]").forEach(function (form) {
                typedAtSend[form.id] = typedFields(form);
            });
        });
        jQuery(document).on("pfAjaxComplete", function (event, xhr, settings, args) {
            if (args && args.refusedForms) {
                markRefused(args.refusedForms, function (id) {
                    return typedAtSend[id] || null;
                });
                return;
            }
            // sent by its button and not refused: the form is saved, what its fields hold is no longer unsaved
            // js/form-fields.js (loaded before this) knows which form's button sent it
            var form = window.VfuForms.buttonsForm(settings);
            if (form) {
                form.querySelectorAll("[" + REFUSED + "]").forEach(function (field) {
                    field.removeAttribute(REFUSED);
                });
            }
        });
    }

    window.VfuUnsaved = {
        /** Whether a shown field of the page holds something typed and not saved (or refused by the server). */
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
