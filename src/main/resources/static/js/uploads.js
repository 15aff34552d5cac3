// The back office's uploads: a small tus 1.0 client (creation, PATCH in chunks, HEAD to resume) in plain
// JavaScript, a progress bar per file, then the video's processing followed every 2 s until it is ready.
(function () {
  'use strict';
  var zone = document.getElementById('upload-zone');
  if (!zone) { return; }
  var input = document.getElementById('upload-files');
  var list = document.getElementById('upload-list');
  var endpoint = zone.dataset.uploadEndpoint;
  var CHUNK = 8 * 1024 * 1024;
  var RETRIES = [1000, 2000, 4000, 8000, 16000];

  function msg(name) { return zone.dataset['msg' + name.replace(/(^|-)([a-z])/g, function (m, d, c) { return c.toUpperCase(); })] || name; }

  function headers(xhr, extra) {
    xhr.setRequestHeader('Tus-Resumable', '1.0.0');
    xhr.setRequestHeader(zone.dataset.csrfHeader, zone.dataset.csrfToken);
    Object.keys(extra || {}).forEach(function (k) { xhr.setRequestHeader(k, extra[k]); });
  }

  function request(method, url, extra, body, onProgress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      headers(xhr, extra);
      if (onProgress) { xhr.upload.onprogress = onProgress; }
      xhr.onload = function () { resolve(xhr); };
      xhr.onerror = function () { reject(new Error('network')); };
      xhr.send(body || null);
    });
  }

  function problem(xhr) {
    if (xhr.status === 413) { return msg('too-large'); }
    if (xhr.status === 415) { return msg('not-video'); }
    if (xhr.status === 507) { return msg('disk-full'); }
    try { return msg('refused') + ' ' + JSON.parse(xhr.responseText).detail; } catch (e) { return msg('refused'); }
  }

  function base64(text) { return btoa(unescape(encodeURIComponent(text))); }

  function row(file) {
    var li = document.createElement('li');
    li.className = 'upload-item';
    var name = document.createElement('span');
    name.className = 'upload-name';
    name.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = 100; bar.value = 0;
    bar.setAttribute('aria-label', file.name);
    var state = document.createElement('span');
    state.className = 'upload-state';
    state.textContent = msg('waiting');
    li.appendChild(name); li.appendChild(bar); li.appendChild(state);
    list.appendChild(li);
    return { li: li, bar: bar, state: state };
  }

  function fail(view, text) {
    view.li.classList.add('upload-failed');
    view.state.textContent = text;
  }

  function key(file) { return 'pressroom-upload:' + file.name + ':' + file.size + ':' + file.lastModified; }

  async function upload(file, view) {
    var location = localStorage.getItem(key(file));
    var offset = 0;
    if (location) {
      try {
        var head = await request('HEAD', location);
        if (head.status === 200) { offset = parseInt(head.getResponseHeader('Upload-Offset'), 10) || 0; view.state.textContent = msg('resuming'); }
        else { location = null; }
      } catch (e) { location = null; }
    }
    if (!location) {
      var created = await request('POST', endpoint, {
        'Upload-Length': String(file.size),
        'Upload-Metadata': 'filename ' + base64(file.name) + ',title ' + base64(file.name.replace(/\.[^.]+$/, ''))
      });
      if (created.status !== 201) { fail(view, problem(created)); return; }
      location = created.getResponseHeader('Location');
      localStorage.setItem(key(file), location);
    }
    var video = null;
    var tries = 0;
    while (offset < file.size || (file.size === 0 && !video)) {
      view.state.textContent = msg('uploading');
      var end = Math.min(offset + CHUNK, file.size);
      var sent = offset;
      try {
        var patch = await request('PATCH', location, {
          'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream'
        }, file.slice(offset, end), function (e) {
          view.bar.value = Math.floor(100 * (sent + e.loaded) / Math.max(1, file.size));
        });
        if (patch.status === 204) {
          offset = parseInt(patch.getResponseHeader('Upload-Offset'), 10);
          video = patch.getResponseHeader('Pressroom-Video') || video;
          tries = 0;
          view.bar.value = Math.floor(100 * offset / Math.max(1, file.size));
          if (file.size === 0) { break; }
          continue;
        }
        if (patch.status === 409) {
          offset = parseInt(patch.getResponseHeader('Upload-Offset'), 10) || offset;
          continue;
        }
        localStorage.removeItem(key(file));
        fail(view, problem(patch));
        return;
      } catch (e) {
        if (tries >= RETRIES.length) { fail(view, msg('network')); return; }
        view.state.textContent = msg('resuming');
        await new Promise(function (r) { setTimeout(r, RETRIES[tries++]); });
        try {
          var again = await request('HEAD', location);
          offset = parseInt(again.getResponseHeader('Upload-Offset'), 10) || offset;
        } catch (ignored) { /* tried again at the next turn */ }
      }
    }
    localStorage.removeItem(key(file));
    view.bar.value = 100;
    if (video) { follow(video, view); }
  }

  function follow(url, view) {
    view.state.textContent = msg('processing');
    view.bar.value = 0;
    var timer = setInterval(async function () {
      try {
        var answer = await request('GET', url);
        if (answer.status !== 200) { return; }
        var asset = JSON.parse(answer.responseText);
        var status = String(asset.status || asset.state || '').toUpperCase();
        var progress = Number(asset.progress || 0);
        view.bar.value = Math.round(100 * (progress > 1 ? progress / 100 : progress));
        if (status === 'READY') { clearInterval(timer); view.bar.value = 100; view.li.classList.add('upload-ready'); view.state.textContent = msg('ready'); }
        else if (status === 'FAILED') { clearInterval(timer); fail(view, msg('failed') + ' ' + (asset.error || '')); }
        else { view.state.textContent = msg('processing') + ' ' + view.bar.value + ' %'; }
      } catch (e) { /* the next poll tries again */ }
    }, 2000);
  }

  function start(files) {
    Array.prototype.forEach.call(files, function (file) { upload(file, row(file)); });
  }

  input.addEventListener('change', function () { start(input.files); input.value = ''; });
  zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('upload-over'); });
  zone.addEventListener('dragleave', function () { zone.classList.remove('upload-over'); });
  zone.addEventListener('drop', function (e) { e.preventDefault(); zone.classList.remove('upload-over'); start(e.dataTransfer.files); });
})();
