/*
 * Dialog keyboard use on the case page (issue 12, WCAG 2.4.3 focus order): PrimeFaces moves the focus into a dialog
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
            if ((!before || before === document.body) && trigger && document.body.contains(trigger)) {
                this.focusedElementBeforeDialogOpened = trigger;
            }
            return shown;
        };
    }
})();
