/*
 * Countdown to an announcement's end, in server time: each element with data-ends (epoch ms) and data-server-now
 * (epoch ms when the page was rendered) shows the time left; the visitor's own clock only measures elapsed time.
 */
(function () {
  var loadedAt = Date.now();
  function pad(n) { return n < 10 ? '0' + n : '' + n; }
  function tick() {
    var els = document.querySelectorAll('[data-ends]');
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      var serverNow = parseInt(el.getAttribute('data-server-now'), 10) + (Date.now() - loadedAt);
      var left = Math.max(0, parseInt(el.getAttribute('data-ends'), 10) - serverNow);
      var s = Math.floor(left / 1000);
      var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60), sec = s % 60;
      var unit = (el.getAttribute('data-units') || '天|时|分|秒').split('|');
      el.textContent = left === 0 ? el.getAttribute('data-ended')
          : d + unit[0] + ' ' + pad(h) + unit[1] + ' ' + pad(m) + unit[2] + ' ' + pad(sec) + unit[3];
    }
  }
  document.addEventListener('DOMContentLoaded', function () { tick(); setInterval(tick, 1000); });
})();
