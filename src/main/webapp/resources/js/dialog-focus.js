/*
 * Focus back on the button that opened a dialog (WCAG 2.1, 2.4.3 Focus Order).
 *
 * PrimeFaces' dialog remembers document.activeElement when it shows and focuses it again when it hides. A dialog
 * opened from an ajax button's oncomplete misses it: PrimeFaces disables the button during the request, the browser
 * moves the focus to the page (or, in a data table, to the cell around the button), and the dialog remembers that. And a dialog whose save re-renders the table
 * would return the focus to a button no longer in the document. So: remember the last button or link the user
 * activated (mouse or keyboard), give it to a dialog that found no focus of its own, and on hiding look the button up
 * again by its id when the one remembered was replaced. A table can also be re-rendered between the click and the
 * dialog's showing (a search typed just before, its last filter request answered after the click): then the button
 * clicked is no longer in the document either, and its id finds the new one. And a dialog closed within half a second
 * of opening finds its button still disabled by the request that opened it: the focus waits until it is enabled.
 * That return comes a moment after the dialog closed (PrimeFaces waits 100 ms, and the wait above can add to it): a
 * user who clicked something else meanwhile (a search field, or a button opening another dialog) keeps the focus there,
 * and so does the page when it put the focus somewhere itself meanwhile (VfuFocus.to below, after the update that the
 * dialog's "Ja" sent: the row's button was replaced by another).
 *
 * VfuFocus.to(selector, ...): for an ajax button's oncomplete whose update replaced the button itself (a row's
 * "Inaktivera" becomes "Aktivera", a list opens far below): the focus goes to the first element found, in the order
 * given (an element that takes no focus of its own is given tabindex="-1"), where it went to the top of the page.
 */
(function () {
    "use strict";
    var STEP = 50;
    var MAX_WAIT = 2000;
    /** PrimeFaces' own delay before a closed dialog gives the focus back. */
    var RETURN_DELAY = 100;
    var opener = null;
    var openerId = null;
    /** Clicks outside dialogs so far: a focus return is dropped when the user clicked after the dialog closed. */
    var clicks = 0;

    document.addEventListener("click", function (event) {
        if (!(event.target instanceof Element && event.target.closest(".ui-dialog"))) {
            clicks++;
        }
        var target = event.target instanceof Element ? event.target.closest("button, a[href], [role=button]") : null;
        if (target && !target.closest(".ui-dialog")) {
            opener = target;
            openerId = target.id || null;
        }
    }, true);

    function lost(element) {
        return !element || element === document.body || element === document.documentElement;
    }

    /** The button last activated, or the one now in the document under its id if a re-render replaced it. */
    function currentOpener() {
        if (opener && document.contains(opener)) {
            return opener;
        }
        return openerId ? document.getElementById(openerId) : null;
    }

    function install() {
        if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Dialog) {
            return;
        }
        var proto = PrimeFaces.widget.Dialog.prototype;
        if (proto.vfuFocusReturn) {
            return;
        }
        proto.vfuFocusReturn = true;
        var show = proto.show;
        proto.show = function () {
            var wasVisible = this.isVisible();
            var result = show.apply(this, arguments);
            var before = this.focusedElementBeforeDialogOpened;
            // the page, a node a re-render took out of the document, or the table cell around the disabled button
            // (a data table's cells take the focus)
            var strayed = lost(before) || !document.contains(before)
                || (opener && before !== opener && before.contains(opener));
            var current = currentOpener();
            if (!wasVisible && strayed && current) {
                this.focusedElementBeforeDialogOpened = current;
            }
            this.vfuOpenerId = this.focusedElementBeforeDialogOpened && this.focusedElementBeforeDialogOpened.id;
            return result;
        };
        proto.returnFocus = function () {
            var dialog = this;
            var clicksWhenClosed = clicks;
            var focusedWhenClosed = document.activeElement;
            var waited = 0;
            /** Whether the focus was put on the page (not lost to it, not in a dialog) since the dialog closed. */
            function focusMoved() {
                var focused = document.activeElement;
                return focused !== focusedWhenClosed && !lost(focused) && !focused.closest(".ui-dialog");
            }
            function userWentOn() {
                return clicks !== clicksWhenClosed || $(".ui-dialog:visible").length > 0 || focusMoved();
            }
            (function whenEnabled() {
                if (userWentOn()) {
                    return;
                }
                var remembered = dialog.focusedElementBeforeDialogOpened;
                if ((!remembered || !document.contains(remembered)) && dialog.vfuOpenerId) {
                    remembered = dialog.focusedElementBeforeDialogOpened = document.getElementById(dialog.vfuOpenerId);
                }
                // PrimeFaces keeps an ajax button disabled for half a second after its request (minLoadAnimation):
                // a dialog closed sooner than that would give the focus to a button that cannot take it
                if (remembered && remembered.disabled && waited < MAX_WAIT) {
                    waited += STEP;
                    setTimeout(whenEnabled, STEP);
                } else if (remembered) {
                    setTimeout(function () {
                        if (!userWentOn()) {
                            remembered.focus({preventScroll: true});
                        }
                    }, RETURN_DELAY);
                }
            })();
        };
    }

    window.VfuFocus = {
        to: function () {
            for (var i = 0; i < arguments.length; i++) {
                var target = document.querySelector(arguments[i]);
                if (target && target.getClientRects().length > 0) {
                    if (!target.matches("a[href], button, input, select, textarea, [tabindex]")) {
                        target.setAttribute("tabindex", "-1");
                    }
                    target.focus();
                    return;
                }
            }
        }
    };

    install();
    document.addEventListener("DOMContentLoaded", install);
})();
