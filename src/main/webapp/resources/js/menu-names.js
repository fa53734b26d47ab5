/*
 * A select menu is named by its label, not by the option it shows (WCAG 2.1, 4.1.2 Name, Role, Value).
 *
 * PrimeFaces draws a select menu as a span with the role "combobox" and gives it the option shown as its aria-label,
 * so a screen reader announced every menu by its value ("Alla", "–", "VT2027"): six menus of the request form were
 * each called "–". The <label for> that p:outputLabel writes points at that span, which a label element cannot name.
 * So before each menu's widget starts (also after an ajax update), its span is named by its label element through
 * aria-labelledby, which wins over aria-label and which PrimeFaces' own script already looks for; a table's filter
 * menu, which has no label, by its column's title. The value is still announced: it is the combobox's text.
 */
(function () {
    "use strict";

    /** The id of the element that names the menu's span: its label, or its column's title; given one if it has none. */
    function namer(span) {
        var label = document.querySelector('label[for="' + CSS.escape(span.id) + '"]');
        var column = span.closest("th");
        var element = label || (column && column.querySelector(".ui-column-title"));
        if (!element) {
            return null;
        }
        if (!element.id) {
            element.id = span.id + "_name";
        }
        return element.id;
    }

    function install() {
        if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.SelectOneMenu) {
            return;
        }
        var proto = PrimeFaces.widget.SelectOneMenu.prototype;
        if (proto.vfuNamed) {
            return;
        }
        proto.vfuNamed = true;
        var init = proto.init;
        proto.init = function (cfg) {
            var span = document.getElementById(cfg.id + "_label");
            if (span && span.tagName === "SPAN" && !span.hasAttribute("aria-labelledby")) {
                var id = namer(span);
                if (id) {
                    span.setAttribute("aria-labelledby", id);
                }
            }
            return init.apply(this, arguments);
        };
    }

    install();
    document.addEventListener("DOMContentLoaded", install);
})();
