// The video page's player: the HLS preview through hls.js where the browser has Media Source Extensions, the
// browser's own HLS where it has that instead, else the MP4 named in the <source>. Adds what native controls
// lack: the choice of audio language, a scrubber showing storyboard thumbnails, and the shot list seeking the
// picture. The page is kept out of htmx's history cache (data-hx-history="false"): a copy of the <video> would
// reload the stream's revoked blob: address. Everything stays usable with the keyboard; without JavaScript the video plays its MP4.
(function () {
  'use strict';

  function formatTime(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60;
    return (h > 0 ? h + ':' + String(m).padStart(2, '0') : String(m)) + ':' + String(r).padStart(2, '0');
  }

  function parseVttTime(text) {
    var parts = text.trim().split(':').map(parseFloat);
    return parts.reduce(function (total, part) { return total * 60 + part; }, 0);
  }

  // The storyboard's WebVTT: cues whose text is "sprite.jpg#xywh=x,y,w,h".
  function loadStoryboard(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error('storyboard ' + response.status); }
      return response.text();
    }).then(function (text) {
      var cues = [];
      text.replace(/\r/g, '').split('\n\n').forEach(function (block) {
        var lines = block.trim().split('\n');
        var timing = lines.findIndex(function (line) { return line.indexOf('-->') > 0; });
        if (timing < 0 || !lines[timing + 1]) { return; }
        var times = lines[timing].split('-->');
        var target = lines[timing + 1].trim();
        var hash = target.indexOf('#xywh=');
        if (hash < 0) { return; }
        var box = target.substring(hash + 6).split(',').map(Number);
        cues.push({ start: parseVttTime(times[0]), end: parseVttTime(times[1].trim().split(' ')[0]),
          image: new URL(target.substring(0, hash), new URL(url, document.baseURI)).href,
          x: box[0], y: box[1], w: box[2], h: box[3] });
      });
      return cues;
    });
  }

  function setUp(figure) {
    var video = figure.querySelector('video');
    var tools = figure.querySelector('.player-tools');
    var audioLabel = figure.querySelector('.player-audio');
    var audioSelect = figure.querySelector('.player-audio-select');
    var scrub = figure.querySelector('.player-scrub');
    var scrubInput = figure.querySelector('.player-scrub-input');
    var preview = figure.querySelector('.player-preview');
    var previewImage = figure.querySelector('.player-preview-image');
    var previewTime = figure.querySelector('.player-preview-time');
    var timeText = figure.querySelector('.player-time');
    var hlsUrl = figure.dataset.hls;
    var hls = null;
    tools.hidden = false;

    // Audio languages: hls.js's alternate audio renditions, or the browser's own audio tracks.
    function showAudio(names, selected, choose) {
      audioSelect.textContent = '';
      names.forEach(function (name, index) {
        var option = document.createElement('option');
        option.value = String(index);
        option.textContent = name;
        option.selected = index === selected;
        audioSelect.appendChild(option);
      });
      audioLabel.hidden = names.length < 2;
      audioSelect.onchange = function () { choose(parseInt(audioSelect.value, 10)); };
    }

    function languageName(tag) {
      try {
        var name = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' }).of(tag);
        return name ? name.charAt(0).toUpperCase() + name.slice(1) : tag;
      } catch (e) {
        return tag;
      }
    }

    if (window.Hls && window.Hls.isSupported() && hlsUrl) {
      // No worker: the site's Content-Security-Policy does not allow blob: workers, and the preview is light.
      hls = new window.Hls({ enableWorker: false, capLevelToPlayerSize: true });
      figure.hls = hls;
      hls.on(window.Hls.Events.AUDIO_TRACKS_UPDATED, function () {
        showAudio(hls.audioTracks.map(function (track) { return track.lang ? languageName(track.lang) : track.name; }),
          hls.audioTrack, function (index) { hls.audioTrack = index; });
      });
      hls.on(window.Hls.Events.AUDIO_TRACK_SWITCHED, function (event, data) { audioSelect.value = String(data.id); });
      hls.on(window.Hls.Events.ERROR, function (event, data) {
        if (data.fatal) {
          // The preview cannot be played: the MP4 in the <source>, when there is one, takes over.
          hls.destroy();
          figure.hls = hls = null;
          if (figure.dataset.mp4) {
            video.src = figure.dataset.mp4;
          } else {
            timeText.textContent = figure.dataset.unavailable || '';
          }
        }
      });
      // The <source> is for browsers without scripts or streaming; left in place it would compete with the stream.
      Array.prototype.slice.call(video.querySelectorAll('source')).forEach(function (source) { source.remove(); });
      hls.loadSource(hlsUrl);
      hls.attachMedia(video);
    } else if (hlsUrl && video.canPlayType('application/vnd.apple.mpegurl') === 'probably') {
      video.src = hlsUrl;
    }
    if (!hls && video.audioTracks) {
      var nativeTracks = video.audioTracks;
      var refresh = function () {
        var names = [];
        var selected = 0;
        for (var i = 0; i < nativeTracks.length; i++) {
          names.push(nativeTracks[i].language ? languageName(nativeTracks[i].language) : nativeTracks[i].label || String(i + 1));
          if (nativeTracks[i].enabled) { selected = i; }
        }
        showAudio(names, selected, function (index) {
          for (var j = 0; j < nativeTracks.length; j++) { nativeTracks[j].enabled = j === index; }
        });
      };
      nativeTracks.addEventListener('addtrack', refresh);
      nativeTracks.addEventListener('change', refresh);
    }

    // The scrubber: a range input (arrow keys move it), showing the storyboard frame for where it points.
    var cues = [];
    if (figure.dataset.storyboard) {
      loadStoryboard(figure.dataset.storyboard).then(function (found) { cues = found; }).catch(function () { cues = []; });
    }
    function showPreview(seconds) {
      var cue = cues.find(function (c) { return seconds >= c.start && seconds < c.end; }) || cues[cues.length - 1];
      previewTime.textContent = formatTime(seconds);
      if (cue) {
        previewImage.style.backgroundImage = 'url("' + cue.image + '")';
        previewImage.style.backgroundPosition = '-' + cue.x + 'px -' + cue.y + 'px';
        previewImage.style.width = cue.w + 'px';
        previewImage.style.height = cue.h + 'px';
      }
      var ratio = video.duration ? seconds / video.duration : 0;
      preview.style.left = 'calc(' + (ratio * 100) + '% - ' + ((cue ? cue.w : 60) * ratio) + 'px)';
      preview.classList.add('visible');
    }
    function hidePreview() { preview.classList.remove('visible'); }
    video.addEventListener('loadedmetadata', function () {
      if (isFinite(video.duration) && video.duration > 0) {
        scrubInput.max = String(video.duration);
        scrub.hidden = false;
      }
      seekToFragment();
    });
    video.addEventListener('timeupdate', function () {
      if (document.activeElement !== scrubInput) { scrubInput.value = String(video.currentTime); }
      scrubInput.setAttribute('aria-valuetext', formatTime(video.currentTime));
      timeText.textContent = formatTime(video.currentTime) + (isFinite(video.duration) ? ' / ' + formatTime(video.duration) : '');
      highlightShot(video.currentTime);
    });
    scrubInput.addEventListener('input', function () {
      var seconds = parseFloat(scrubInput.value);
      showPreview(seconds);
      video.currentTime = seconds;
    });
    scrubInput.addEventListener('pointermove', function (event) {
      var box = scrubInput.getBoundingClientRect();
      var max = parseFloat(scrubInput.max) || 0;
      showPreview(Math.min(max, Math.max(0, (event.clientX - box.left) / box.width * max)));
    });
    scrubInput.addEventListener('pointerleave', hidePreview);
    scrubInput.addEventListener('blur', hidePreview);
    scrubInput.addEventListener('change', hidePreview);

    // The shot list: each entry seeks the picture there and plays; the entry being shown is marked.
    var shots = Array.prototype.slice.call(document.querySelectorAll('.shot-seek'));
    function seek(seconds, play) {
      if (!isFinite(seconds)) { return; }
      video.currentTime = seconds;
      if (play) { var playing = video.play(); if (playing && playing.catch) { playing.catch(function () { }); } }
    }
    shots.forEach(function (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        history.replaceState(null, '', link.getAttribute('href'));
        seek(parseFloat(link.dataset.seek), true);
        video.focus();
      });
    });
    function highlightShot(seconds) {
      var current = null;
      shots.forEach(function (link) { if (parseFloat(link.dataset.seek) <= seconds + 0.05) { current = link; } });
      shots.forEach(function (link) {
        if (link === current) { link.setAttribute('aria-current', 'true'); } else { link.removeAttribute('aria-current'); }
      });
    }

    // An address ending in #t=<seconds> (from search results or a shared shot) starts the picture there.
    function seekToFragment() {
      var match = /^#t=(\d+(?:\.\d+)?)$/.exec(location.hash);
      if (match) { seek(parseFloat(match[1]), false); }
    }
    window.addEventListener('hashchange', seekToFragment);

    // Leaving the page (a link htmx swaps in, or the browser's own navigation): the stream is taken down first, so that
    // the <video> never asks for the MediaSource's blob: address after hls.js has revoked it.
    function tearDown() {
      window.removeEventListener('hashchange', seekToFragment);
      if (hls) {
        hls.destroy();
        figure.hls = hls = null;
      }
      video.pause();
    }
    document.addEventListener('htmx:beforeCleanupElement', function (event) {
      if (event.target === figure || (event.target.contains && event.target.contains(figure))) { tearDown(); }
    });
    window.addEventListener('pagehide', function (event) { if (!event.persisted) { tearDown(); } });
  }

  function start() {
    document.querySelectorAll('[data-player]').forEach(setUp);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
