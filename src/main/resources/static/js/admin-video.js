// The back office's video page: the preview player (hls.js, or the browser's own HLS), its position shown to the
// millisecond, "Player time" buttons that copy it into a shot's start or end, and adding or removing shot-list lines.
// Without scripts the page is plain forms: the buttons stay hidden and a few empty lines are offered instead.
(function () {
  'use strict';

  function pad(number, width) { return String(number).padStart(width, '0'); }

  function timecode(seconds) {
    var millis = Math.round(Math.max(0, seconds) * 1000);
    var whole = Math.floor(millis / 1000);
    return pad(Math.floor(whole / 3600), 2) + ':' + pad(Math.floor(whole / 60) % 60, 2) + ':' + pad(whole % 60, 2) + '.' + pad(millis % 1000, 3);
  }

  function setUpPlayer(figure) {
    var video = figure.querySelector('video');
    var output = figure.querySelector('.player-position');
    var url = figure.dataset.hls;
    var hls = null;
    if (window.Hls && window.Hls.isSupported()) {
      // No worker: the site's Content-Security-Policy does not allow blob: workers.
      hls = new window.Hls({ enableWorker: false });
      hls.loadSource(url);
      hls.attachMedia(video);
    } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = url;
    }
    if (figure.dataset.storyboard) {
      var track = document.createElement('track');
      track.kind = 'metadata';
      track.src = figure.dataset.storyboard;
      video.appendChild(track);
    }
    video.addEventListener('timeupdate', function () { output.textContent = timecode(video.currentTime); });
    video.addEventListener('seeked', function () { output.textContent = timecode(video.currentTime); });
    window.addEventListener('pagehide', function (event) {
      if (!event.persisted && hls) { hls.destroy(); hls = null; }
    });
    return video;
  }

  function start() {
    var figure = document.querySelector('[data-admin-player]');
    var video = figure ? setUpPlayer(figure) : null;
    var rows = document.querySelector('[data-shot-rows]');
    if (!rows) { return; }
    var template = rows.querySelector('.shot-row').cloneNode(true);

    function wire(row) {
      row.querySelectorAll('[data-take-time]').forEach(function (button) {
        button.hidden = !video;
        button.addEventListener('click', function () {
          var input = button.parentElement.querySelector('input');
          input.value = timecode(video.currentTime);
          input.focus();
        });
      });
      row.querySelectorAll('[data-remove-line]').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
          var next = row.nextElementSibling || row.previousElementSibling;
          row.remove();
          renumber();
          if (next) { next.querySelector('input').focus(); }
        });
      });
    }

    // Ids and labels follow the line numbers the server uses in its messages ("Line 3: ...").
    function renumber() {
      rows.querySelectorAll('.shot-row').forEach(function (row, index) {
        var n = index + 1;
        row.querySelectorAll('input, select, textarea').forEach(function (field) {
          var id = field.name + '-' + n;
          var label = row.querySelector('label[for="' + field.id + '"]');
          field.id = id;
          if (label) {
            label.htmlFor = id;
            label.textContent = label.textContent.replace(/\d+$/, String(n));
          }
        });
      });
    }

    rows.querySelectorAll('.shot-row').forEach(wire);
    var add = document.querySelector('[data-add-line]');
    if (add) {
      add.hidden = false;
      add.addEventListener('click', function () {
        var row = template.cloneNode(true);
        row.querySelectorAll('input, textarea').forEach(function (field) { field.value = ''; field.removeAttribute('aria-invalid'); });
        row.querySelectorAll('select').forEach(function (field) { field.selectedIndex = 0; });
        row.querySelectorAll('.field-error').forEach(function (error) { error.remove(); });
        rows.appendChild(row);
        wire(row);
        renumber();
        var first = row.querySelector('input');
        if (video && first.value === '') { first.value = timecode(video.currentTime); }
        first.focus();
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
