// Dossier's page script: keyboard shortcuts. Loaded from this server only (the
// Content-Security-Policy allows nothing inline) and never writes HTML from data.
(function () {
  'use strict';
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var box = document.getElementById('search-q') || document.getElementById('q');
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    }
    if (event.key === 'Escape' && typing && target.type === 'search') {
      target.blur();
    }
  });
})();
