/*
 * What every page does (loaded by the layout):
 * - accessibility repairs of PrimeFaces markup (WCAG 2.1 AA, checked by axe-core in the browser
 *   tests): the file upload's "choose" control is a focusable span labelled by its text but without a role, which
 *   assistive technology cannot announce (axe: aria-prohibited-attr); it becomes a group named by its text ("button"
 *   would nest the file input inside a button), keeping its keyboard handling (Enter or Space opens the chooser);
 * - a form that comes back with errors shows the first one: on a phone the field in error was off
 *   screen; the page scrolls it to the middle and puts the cursor in it.
 * Applied on load and after every ajax update (the scrolling only after a refused submit).
 */
(function () {
  function repair() {
    document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]:not([role])').forEach(function (e) {
      e.setAttribute('role', 'group');
    });
  }
  function firstError() {
    var msg = document.querySelector('.ui-message-error, .ui-messages-error');
    if (!msg) {
      return;
    }
    var field = msg.closest('.ex-field');
    var input = field ? field.querySelector('input:not([type=hidden]), textarea, select') : null;
    (input || msg).scrollIntoView({block: 'center'});
    if (input && input.type !== 'checkbox' && input.type !== 'radio') {
      input.focus({preventScroll: true});
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    repair();
    firstError();
    // jQuery (PrimeFaces') may load after this script: bind once the document is ready
    if (window.jQuery) {
      // the scrolling only after a request the server refused (a poll of the hall or the console must not move the page)
      jQuery(document).on('pfAjaxComplete', function (e, xhr) {
        repair();
        if (xhr && xhr.pfArgs && xhr.pfArgs.validationFailed) {
          firstError();
        }
      });
    }
  });
})();

/**
 * A long action's status line (the bank statement import): shown once the action has run for a second, with the
 * seconds so far, and hidden when it completes. The element carries the localized text, {0} standing for the seconds.
 */
var ExBusy = (function () {
  var timers = {};
  function start(id) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    var began = Date.now();
    stop(id);
    timers[id] = setInterval(function () {
      var s = Math.floor((Date.now() - began) / 1000);
      if (s >= 1) {
        el.textContent = el.getAttribute('data-text').replace('{0}', s);
        el.hidden = false;
      }
    }, 250);
  }
  function stop(id) {
    if (timers[id]) {
      clearInterval(timers[id]);
      delete timers[id];
    }
    var el = document.getElementById(id);
    if (el) {
      el.hidden = true;
    }
  }
  return {start: start, stop: stop};
})();
