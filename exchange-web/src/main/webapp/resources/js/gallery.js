/*
 * A lot's photo viewer: a tap on a thumbnail opens the full photo in a dialog; previous / next by the
 * buttons, the arrow keys or a swipe on a phone; Escape, the close button or a tap beside the photo closes it. Without
 * this script each thumbnail is a plain link to the photo.
 */
(function () {
  function init() {
    var gallery = document.getElementById('gallery');
    var viewer = document.getElementById('viewer');
    if (!gallery || !viewer || typeof viewer.showModal !== 'function') {
      return;
    }
    var links = Array.prototype.slice.call(gallery.querySelectorAll('a.ex-photo-link'));
    var img = document.getElementById('viewer-img');
    var caption = document.getElementById('viewer-caption');
    var at = 0;
    function show(i) {
      at = (i + links.length) % links.length;
      var thumb = links[at].querySelector('img');
      img.src = links[at].getAttribute('data-full');
      img.alt = thumb ? thumb.alt : '';
      caption.textContent = (gallery.getAttribute('data-of') || '{0} / {1}').replace('{0}', at + 1).replace('{1}', links.length)
          + (thumb && thumb.alt ? ' · ' + thumb.alt : '');
      document.getElementById('viewer-prev').hidden = links.length < 2;
      document.getElementById('viewer-next').hidden = links.length < 2;
    }
    links.forEach(function (a, i) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        show(i);
        viewer.showModal();
      });
    });
    document.getElementById('viewer-prev').addEventListener('click', function () { show(at - 1); });
    document.getElementById('viewer-next').addEventListener('click', function () { show(at + 1); });
    document.getElementById('viewer-close').addEventListener('click', function () { viewer.close(); });
    viewer.addEventListener('click', function (e) {
      if (e.target === viewer) {
        viewer.close();
      }
    });
    viewer.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowLeft') { show(at - 1); }
      if (e.key === 'ArrowRight') { show(at + 1); }
    });
    var startX = null;
    viewer.addEventListener('touchstart', function (e) { startX = e.touches[0].clientX; }, {passive: true});
    viewer.addEventListener('touchend', function (e) {
      if (startX === null) { return; }
      var dx = e.changedTouches[0].clientX - startX;
      startX = null;
      if (Math.abs(dx) > 40) { show(dx < 0 ? at + 1 : at - 1); }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
