// The back office's rich-text editor: every textarea[data-editor="rich"] gets a toolbar (bold, italic, link, bulleted
// and numbered lists, heading, subheading, quote; Ctrl+B and Ctrl+I) over an editable region that writes its HTML
// back into the textarea as it changes and when the form is sent. What is pasted is left as the browser pastes it:
// the server sanitises whatever arrives. Without scripts the textarea stays and takes HTML.
(function () {
  'use strict';

  var labels = (document.getElementById('rich-text-labels') || { dataset: {} }).dataset;

  // What the region may show, as the server's allow-list (RichText) keeps it; the rest of a refused submission's
  // HTML is dropped from the view only (the textarea keeps it as typed until the region is changed).
  var ALLOWED = /^(P|BR|H2|H3|H4|BLOCKQUOTE|Q|CITE|UL|OL|LI|STRONG|EM|B|I|SUB|SUP|ABBR|FIGURE|FIGCAPTION|HR|A)$/;
  var DROPPED = /^(SCRIPT|STYLE|IFRAME|OBJECT|EMBED|TEMPLATE|NOSCRIPT|svg|math|HEAD|TITLE|META|LINK|XML)$/i;
  var KEPT_ATTRIBUTES = { A: ['href', 'hreflang'], ABBR: ['title'], BLOCKQUOTE: ['cite'] };

  var BUTTONS = [
    { name: 'bold', label: 'bold', text: 'B', command: 'bold' },
    { name: 'italic', label: 'italic', text: 'I', command: 'italic' },
    { name: 'link', label: 'link', text: null, command: 'createLink' },
    { name: 'bullets', label: 'bullets', text: '•', command: 'insertUnorderedList' },
    { name: 'numbers', label: 'numbers', text: '1.', command: 'insertOrderedList' },
    { name: 'h2', label: 'heading2', text: 'H2', block: 'h2' },
    { name: 'h3', label: 'heading3', text: 'H3', block: 'h3' },
    { name: 'quote', label: 'quote', text: '“', block: 'blockquote' }
  ];

  function clean(value) {
    // DOMParser makes an inert document: nothing in it runs or loads.
    var body = new DOMParser().parseFromString(value, 'text/html').body;
    tidy(body);
    return body.innerHTML;
  }

  function tidy(parent) {
    Array.prototype.slice.call(parent.childNodes).forEach(function (node) {
      if (node.nodeType === 8) {
        parent.removeChild(node);
        return;
      }
      if (node.nodeType !== 1) {
        return;
      }
      if (DROPPED.test(node.nodeName)) {
        parent.removeChild(node);
        return;
      }
      tidy(node);
      if (!ALLOWED.test(node.nodeName)) {
        while (node.firstChild) {
          parent.insertBefore(node.firstChild, node);
        }
        parent.removeChild(node);
        return;
      }
      var kept = KEPT_ATTRIBUTES[node.nodeName] || [];
      Array.prototype.slice.call(node.attributes).forEach(function (attribute) {
        var unsafe = /^(href|cite)$/.test(attribute.name) && !/^(https?:|mailto:)/i.test(attribute.value.trim());
        if (kept.indexOf(attribute.name) < 0 || unsafe) {
          node.removeAttribute(attribute.name);
        }
      });
    });
  }

  // The editable region's HTML as the server keeps it: strong and em rather than b and i, paragraphs rather than divs,
  // and nothing at all when there are no words.
  function html(region) {
    var copy = region.cloneNode(true);
    rename(copy, 'b', 'strong');
    rename(copy, 'i', 'em');
    rename(copy, 'div', 'p');
    if (!copy.textContent.trim()) {
      return '';
    }
    paragraphs(copy);
    return copy.innerHTML.trim();
  }

  // Words typed straight into the region (the first line, before any Enter) become a paragraph of their own.
  function paragraphs(root) {
    var open = null;
    Array.prototype.slice.call(root.childNodes).forEach(function (node) {
      if (node.nodeType === 1 && /^(P|H2|H3|H4|BLOCKQUOTE|UL|OL|FIGURE|HR)$/.test(node.nodeName)) {
        open = null;
        return;
      }
      if (node.nodeName === 'BR' && !open) {
        root.removeChild(node);
        return;
      }
      if (!open) {
        if (node.nodeType === 3 && !node.data.trim()) {
          return;
        }
        open = document.createElement('p');
        root.insertBefore(open, node);
      }
      open.appendChild(node);
    });
  }

  function rename(root, from, to) {
    Array.prototype.slice.call(root.querySelectorAll(from)).forEach(function (element) {
      var replacement = document.createElement(to);
      while (element.firstChild) {
        replacement.appendChild(element.firstChild);
      }
      element.parentNode.replaceChild(replacement, element);
    });
  }

  function blockOf(region) {
    var selection = window.getSelection();
    var node = selection.rangeCount ? selection.getRangeAt(0).startContainer : null;
    while (node && node !== region) {
      if (node.nodeType === 1 && /^(H2|H3|BLOCKQUOTE)$/.test(node.nodeName)) {
        return node.nodeName.toLowerCase();
      }
      node = node.parentNode;
    }
    return 'p';
  }

  function enhance(textarea) {
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    if (label && !label.id) {
      label.id = textarea.id + '-label';
    }
    var wrapper = document.createElement('div');
    wrapper.className = 'rich-text';
    var toolbar = document.createElement('div');
    toolbar.className = 'rich-text-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', (labels.toolbar || 'Formatting') + (label ? ': ' + label.textContent.replace(/\s+/g, ' ').trim() : ''));
    toolbar.setAttribute('aria-controls', textarea.id + '-editor');
    var region = document.createElement('div');
    region.id = textarea.id + '-editor';
    region.className = 'rich-text-region';
    region.contentEditable = 'true';
    region.setAttribute('role', 'textbox');
    region.setAttribute('aria-multiline', 'true');
    if (label) {
      region.setAttribute('aria-labelledby', label.id);
    }
    ['aria-describedby', 'aria-invalid'].forEach(function (name) {
      if (textarea.hasAttribute(name)) {
        region.setAttribute(name, textarea.getAttribute(name));
      }
    });
    region.innerHTML = clean(textarea.value);
    var changed = false;

    var buttons = BUTTONS.map(function (spec) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'rich-text-button rich-text-' + spec.name;
      button.textContent = spec.text || labels[spec.label] || spec.name;
      button.setAttribute('aria-label', labels[spec.label] || spec.name);
      button.title = labels[spec.label] || spec.name;
      if (spec.command !== 'createLink') {
        button.setAttribute('aria-pressed', 'false');
      }
      // Keeps the selection in the region while the button is pressed.
      button.addEventListener('mousedown', function (event) { event.preventDefault(); });
      button.addEventListener('click', function () {
        region.focus();
        apply(spec);
      });
      toolbar.appendChild(button);
      return { spec: spec, element: button };
    });

    function apply(spec) {
      if (spec.block) {
        document.execCommand('formatBlock', false, blockOf(region) === spec.block ? 'p' : spec.block);
      } else if (spec.command === 'createLink') {
        var address = window.prompt(labels.linkPrompt || 'https://', 'https://');
        if (address === null) {
          return;
        }
        document.execCommand(address.trim() && address.trim() !== 'https://' ? 'createLink' : 'unlink', false, address.trim());
      } else {
        document.execCommand(spec.command, false, null);
      }
      sync();
    }

    function sync() {
      changed = true;
      textarea.value = html(region);
      pressed();
    }

    function pressed() {
      var block = blockOf(region);
      buttons.forEach(function (button) {
        var spec = button.spec;
        var pressed = false;
        if (spec.block) {
          pressed = block === spec.block;
        } else if (spec.command !== 'createLink') {
          try {
            pressed = document.queryCommandState(spec.command);
          } catch (ignored) {
            pressed = false;
          }
        }
        if (spec.command !== 'createLink') {
          button.element.setAttribute('aria-pressed', pressed ? 'true' : 'false');
        }
      });
    }

    // One tab stop for the toolbar; the arrow keys, Home and End move between its buttons.
    buttons.forEach(function (button, index) { button.element.tabIndex = index === 0 ? 0 : -1; });
    toolbar.addEventListener('keydown', function (event) {
      var index = buttons.map(function (b) { return b.element; }).indexOf(document.activeElement);
      var next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (index < 0 || next === undefined) {
        return;
      }
      event.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[index].element.tabIndex = -1;
      buttons[next].element.tabIndex = 0;
      buttons[next].element.focus();
    });

    region.addEventListener('input', sync);
    region.addEventListener('keyup', pressed);
    region.addEventListener('mouseup', pressed);
    region.addEventListener('focus', function () {
      document.execCommand('defaultParagraphSeparator', false, 'p');
    });
    region.addEventListener('keydown', function (event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) {
        return;
      }
      var key = event.key.toLowerCase();
      if (key === 'b' || key === 'i') {
        event.preventDefault();
        apply(BUTTONS[key === 'b' ? 0 : 1]);
      }
    });
    if (label) {
      label.addEventListener('click', function (event) {
        event.preventDefault();
        region.focus();
      });
    }
    if (textarea.form) {
      textarea.form.addEventListener('submit', function () {
        if (changed) {
          textarea.value = html(region);
        }
      });
    }

    textarea.hidden = true;
    textarea.parentNode.insertBefore(wrapper, textarea);
    wrapper.appendChild(toolbar);
    wrapper.appendChild(region);
    wrapper.appendChild(textarea);
  }

  // The server reads at most so many bytes of a form (Tomcat's limit): a bigger one would be answered by an error page
  // with nothing kept, so it is not sent, and the editor is told while their text is still on the page.
  function guard(form) {
    var limit = Number(labels.maxPost || 0);
    if (!limit) {
      return;
    }
    form.addEventListener('submit', function (event) {
      var size = 0;
      new FormData(form).forEach(function (value, name) {
        if (typeof value === 'string') {
          size += (encodeURIComponent(name) + '=' + encodeURIComponent(value)).replace(/%20/g, '+').length + 1;
        }
      });
      var message = form.querySelector('.rich-text-too-large');
      if (size <= limit) {
        return;
      }
      event.preventDefault();
      if (!message) {
        message = document.createElement('p');
        message.className = 'form-summary rich-text-too-large';
        message.setAttribute('role', 'alert');
        message.tabIndex = -1;
        message.textContent = labels.tooLarge || 'Too large to send.';
        form.insertBefore(message, form.firstChild);
      }
      message.focus();
    });
  }

  var forms = [];
  Array.prototype.slice.call(document.querySelectorAll('textarea[data-editor="rich"]')).forEach(function (textarea) {
    enhance(textarea);
    if (textarea.form && forms.indexOf(textarea.form) < 0) {
      forms.push(textarea.form);
    }
  });
  forms.forEach(guard);
}());
