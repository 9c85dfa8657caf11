/*
 * Sutiao's layout behaviour (issue 12): on a narrow screen the sidebar opens from the menu button (aria-expanded
 * follows; Escape closes it and gives the focus back), every table row shows its column names beside its values
 * once the stylesheet stacks the cells (each cell gets its column's header text as data-label), and PrimeFaces'
 * upload button, a focusable span named by aria-labelledby, gets the role that name needs (role=button) and keeps
 * its hidden file input out of the tab order (no focusable control nested in a button).
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
        Array.prototype.forEach.call((root || document).querySelectorAll('.ui-fileupload-choose:not([role])'), function (e) {
            e.setAttribute('role', 'button');
        });
        // the span takes the focus and opens the file chooser; its hidden file input stays out of the tab order
        Array.prototype.forEach.call((root || document).querySelectorAll('.ui-fileupload-choose input[type=file]:not([tabindex="-1"])'), function (e) {
            e.setAttribute('tabindex', '-1');
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
