/*
 * Sutiao's layout behaviour (issue 12): on a narrow screen the sidebar opens from the menu button (aria-expanded
 * follows; Escape closes it and gives the focus back), every table row shows its column names beside its values
 * once the stylesheet stacks the cells (each cell gets its column's header text as data-label), and PrimeFaces'
 * upload button's own file input is the control (focusable, named by the button's text) and the span around it only
 * its look (no control nested in a control).
 */
(function () {
    'use strict';

    function setOpen(button, sidebar, open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        sidebar.classList.toggle('open', open);
        if (open) {
            var first = sidebar.querySelector('a[href], button, [tabindex="0"]');
            if (first) {
                first.focus();
            }
        }
    }

    function initMenu() {
        var button = document.getElementById('menu-toggle');
        var sidebar = document.getElementById('sidebar');
        if (!button || !sidebar) {
            return;
        }
        button.addEventListener('click', function () {
            setOpen(button, sidebar, button.getAttribute('aria-expanded') !== 'true');
        });
        document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
                setOpen(button, sidebar, false);
                button.focus();
            }
        });
    }

    function labelCells(root) {
        var tables = (root || document).querySelectorAll('table');
        Array.prototype.forEach.call(tables, function (table) {
            var heads = table.querySelectorAll(':scope > thead > tr:first-child > th');
            if (!heads.length) {
                return;
            }
            var names = Array.prototype.map.call(heads, function (th) {
                var title = th.querySelector('.ui-column-title');
                return ((title || th).textContent || '').trim();
            });
            Array.prototype.forEach.call(table.querySelectorAll(':scope > tbody > tr'), function (tr) {
                Array.prototype.forEach.call(tr.children, function (td, i) {
                    if (names[i] && td.getAttribute('data-label') !== names[i]) {
                        td.setAttribute('data-label', names[i]);
                    }
                });
            });
        });
    }

    function fixWidgets(root) {
        // PrimeFaces' upload button is a focusable span (role=button) around its own file input: a control nested
        // in a control. The file input becomes the one control (focusable, named by the button's text: Enter or
        // Space opens the chooser natively); the span is only its look.
        Array.prototype.forEach.call((root || document).querySelectorAll('.ui-fileupload-choose'), function (span) {
            var input = span.querySelector('input[type=file]');
            var text = span.querySelector('.ui-button-text');
            if (!input || span.getAttribute('data-fixed') === 'true') {
                return;
            }
            span.setAttribute('data-fixed', 'true');
            ['role', 'tabindex', 'aria-labelledby', 'aria-label'].forEach(function (a) {
                span.removeAttribute(a);
            });
            input.removeAttribute('aria-hidden');
            input.removeAttribute('tabindex');
            if (text && text.id) {
                input.setAttribute('aria-labelledby', text.id);
            } else if (text) {
                input.setAttribute('aria-label', (text.textContent || '').trim());
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        initMenu();
        labelCells(document);
        fixWidgets(document);
        new MutationObserver(function () {
            labelCells(document);
            fixWidgets(document);
        }).observe(document.body, {childList: true, subtree: true});
    });
})();
