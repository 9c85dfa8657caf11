/*
 * Dialog keyboard use on the case page and the center inbox (issue 12, WCAG 2.4.3 focus order): PrimeFaces moves the focus into a dialog
 * when it opens and gives it back to what had it when the dialog closes. A dialog opened by an ajax button, which
 * PrimeFaces disables while its request runs, would give it back to nothing (the button lost the focus when it was
 * disabled): such a dialog gives it back to the button last clicked outside any dialog.
 */
(function () {
    'use strict';
    var trigger = null;

    document.addEventListener('click', function (e) {
        var b = e.target && e.target.closest ? e.target.closest('button, a, [role=button]') : null;
        if (b && !b.closest('.ui-dialog')) {
            trigger = b;
        }
    }, true);

    if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog) {
        var show = PrimeFaces.widget.Dialog.prototype.show;
        PrimeFaces.widget.Dialog.prototype.show = function () {
            var shown = show.apply(this, arguments);
            var before = this.focusedElementBeforeDialogOpened;
            // nothing had the focus, or only what holds the button (a table's focusable cell)
            var holder = before && before !== trigger && before.contains && before.contains(trigger);
            if ((!before || before === document.body || holder) && trigger && document.body.contains(trigger)) {
                this.focusedElementBeforeDialogOpened = trigger;
            }
            return shown;
        };
        // PrimeFaces gives the focus back only when no other dialog is open: a confirmation asked from inside a
        // dialog (e.g. 不予接受 in the decline dialog) would leave it on nothing. Give it back to what had it unless
        // another open dialog, not holding it, stands over it.
        var returnFocus = PrimeFaces.widget.Dialog.prototype.returnFocus;
        PrimeFaces.widget.Dialog.prototype.returnFocus = function () {
            var el = this.focusedElementBeforeDialogOpened;
            var self = this.jq.get(0);
            if (!el || el === document.body || !document.body.contains(el)) {
                return returnFocus.apply(this, arguments);
            }
            var blocking = window.jQuery('.ui-dialog:visible').filter(function () {
                return this !== self && !this.contains(el);
            });
            if (blocking.length === 0) {
                setTimeout(function () {
                    el.focus({preventScroll: true});
                }, 100);
                return undefined;
            }
            return returnFocus.apply(this, arguments);
        };
    }
})();
