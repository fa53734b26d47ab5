/*
 * What a form's fields say to a screen reader, and where the focus goes when a form is refused (WCAG 2.1: 1.3.1,
 * 3.3.1, 3.3.2, 2.4.3). After the page loads and after every ajax update:
 * - a field whose label carries PrimeFaces' required mark (*) is aria-required, and a form with such fields says once,
 *   at its top, what the mark means (the text is the page's, #required-legend in the template);
 * - a field whose message beside it is an error is aria-invalid: PrimeFaces marks only fields its own validation
 *   refused, not one a service refused (the wrong current password), nor a select menu's combobox;
 * - a hint beside a field (.field-hint with an id, e.g. the password rules) describes the field, together with its
 *   message: PrimeFaces' password drops an aria-describedby given on the tag and writes its own for the message.
 * A refused submit re-renders the form and its button with it: the focus fell to the page's top. It goes to the first
 * field in error instead, in the form whose button was pressed (and only then: a field's own ajax keeps its focus).
 */
(function () {
    "use strict";
    var FIELD = "input:not([type=hidden]), textarea, select, [role=combobox]";
    function lost(element) {
        return !element || element === document.body || element === document.documentElement
            || !document.contains(element);
    }

    function tokens(element, attribute) {
        return (element.getAttribute(attribute) || "").split(/\s+/).filter(Boolean);
    }

    function shown(element) {
        return element.getClientRects().length > 0 && !element.closest(".ui-helper-hidden-accessible");
    }

    function markRequired() {
        document.querySelectorAll("label.ui-outputlabel.ui-required[for]").forEach(function (label) {
            var field = document.getElementById(label.htmlFor);
            if (field) {
                field.setAttribute("aria-required", "true");
            }
        });
        var legend = document.getElementById("required-legend");
        if (!legend) {
            return;
        }
        document.querySelectorAll("form").forEach(function (form) {
            if (form.querySelector(".ui-outputlabel-rfi") && !form.querySelector(".required-legend")) {
                var p = document.createElement("p");
                p.className = "required-legend";
                p.textContent = legend.textContent;
                form.insertBefore(p, form.firstChild);
            }
        });
    }

    /** Marks fields in error, and unmarks those this script marked once their error is gone (the field may stay). */
    function markInvalid() {
        document.querySelectorAll("[aria-describedby], [data-marked-invalid]").forEach(function (field) {
            var inError = tokens(field, "aria-describedby").some(function (id) {
                var described = document.getElementById(id);
                return described && described.classList.contains("ui-message-error-detail");
            });
            if (inError && field.getAttribute("aria-invalid") !== "true") {
                field.setAttribute("aria-invalid", "true");
                field.setAttribute("data-marked-invalid", "");
            } else if (!inError && field.hasAttribute("data-marked-invalid")) {
                field.removeAttribute("aria-invalid");
                field.removeAttribute("data-marked-invalid");
            }
        });
    }

    function linkHints() {
        document.querySelectorAll(".field .field-hint[id]").forEach(function (hint) {
            // the field a user reaches: a select menu's combobox, not its hidden native select
            var field = Array.prototype.find.call(hint.closest(".field").querySelectorAll(FIELD), function (candidate) {
                return !candidate.closest(".ui-helper-hidden-accessible");
            });
            if (field) {
                var ids = tokens(field, "aria-describedby");
                if (ids.indexOf(hint.id) < 0) {
                    field.setAttribute("aria-describedby", ids.concat(hint.id).join(" "));
                }
            }
        });
    }

    function enhance() {
        markRequired();
        markInvalid();
        linkHints();
    }

    /**
     * The form whose button or link sent an ajax request (PrimeFaces gives the request's source as an id or an
     * element), or null when a field's own ajax or a table's paging sent it: then the focus stays where the user is.
     * Shared with js/unsaved-input.js as window.VfuForms.buttonsForm.
     */
    function buttonsForm(settings) {
        var source = settings && settings.source;
        var element = typeof source === "string" ? document.getElementById(source)
            : source && source.jquery ? source[0] : source;
        if (!(element instanceof Element) || !element.matches("button, [type=submit], a")) {
            return null;
        }
        return element.form || element.closest("form");
    }
    window.VfuForms = {buttonsForm: buttonsForm};

    function focusFirstInvalid(formId) {
        var form = document.getElementById(formId);
        if (!form || !(lost(document.activeElement) || form.contains(document.activeElement)
                && document.activeElement.matches("button, [type=submit], a"))) {
            return;
        }
        var fields = form.querySelectorAll("[aria-invalid=true]");
        for (var i = 0; i < fields.length; i++) {
            if (shown(fields[i]) && !fields[i].disabled) {
                fields[i].focus();
                return;
            }
        }
    }

    document.addEventListener("DOMContentLoaded", enhance);
    if (window.jQuery) {
        jQuery(document).on("pfAjaxComplete", function (event, xhr, settings, args) {
            enhance();
            var form = buttonsForm(settings);
            var formId = form && form.id ? form.id : null;
            if (args && args.validationFailed && formId) {
                // after the component's oncomplete (a dialog that stays open) and PrimeFaces' own focus handling
                setTimeout(function () {
                    focusFirstInvalid(formId);
                }, 0);
            }
        });
    }
})();
