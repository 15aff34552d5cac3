// Progressive enhancement only: every page and every step of the account flow works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var dialog = document.getElementById("account-dialog");

  // The account flow opens in a dialog over the page: htmx swaps each step into its body.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (!dialog || !dialog.contains(event.detail.target)) {
      return;
    }
    if (!dialog.open) {
      dialog.showModal();
    }
    var heading = dialog.querySelector("h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
    startCooldowns(dialog);
    initPasswords(dialog);
  });

  if (dialog) {
    // Once the visitor is logged in inside the dialog, the page behind must show it.
    dialog.addEventListener("close", function () {
      if (dialog.querySelector("[data-reload-on-close]")) {
        window.location.reload();
      }
    });
  }

  // "Send new code" waits out its cooldown, counting down.
  function startCooldowns(root) {
    root.querySelectorAll("button[data-cooldown]").forEach(function (button) {
      var remaining = parseInt(button.getAttribute("data-cooldown"), 10);
      var label = button.textContent;
      var waitLabel = button.getAttribute("data-wait-label") || label;
      if (!(remaining > 0)) {
        return;
      }
      button.disabled = true;
      var tick = function () {
        if (remaining <= 0) {
          button.disabled = false;
          button.textContent = label;
          return;
        }
        button.textContent = waitLabel.replace("#", String(remaining));
        remaining -= 1;
        window.setTimeout(tick, 1000);
      };
      tick();
    });
  }

  // New-password fields: a show/hide toggle, and each part of the rule ticked off while typing.
  var checks = {
    length: function (value, item) { return Array.from(value).length >= parseInt(item.getAttribute("data-min"), 10); },
    upper: function (value) { return /\p{Lu}/u.test(value); },
    lower: function (value) { return /\p{Ll}/u.test(value); },
    digit: function (value) { return /\p{Nd}/u.test(value); },
    symbol: function (value) { return /[^\p{L}\p{N}\s]/u.test(value); },
    whitespace: function (value) { return value.length > 0 && !/\s/.test(value); }
  };

  function initPasswords(root) {
    root.querySelectorAll("input[data-password-input]").forEach(function (input) {
      if (input.dataset.enhanced) {
        return;
      }
      input.dataset.enhanced = "true";
      var toggle = input.parentElement.querySelector(".password-toggle");
      if (toggle) {
        toggle.hidden = false;
        toggle.addEventListener("click", function () {
          var show = input.type === "password";
          input.type = show ? "text" : "password";
          toggle.textContent = toggle.getAttribute(show ? "data-hide" : "data-show");
          toggle.setAttribute("aria-pressed", String(show));
        });
      }
      var list = document.getElementById(input.id + "-checks");
      if (!list) {
        return;
      }
      list.hidden = false;
      var update = function () {
        list.querySelectorAll("li[data-check]").forEach(function (item) {
          var check = checks[item.getAttribute("data-check")];
          item.classList.toggle("met", Boolean(check && check(input.value, item)));
        });
      };
      input.addEventListener("input", update);
      update();
    });
  }

  startCooldowns(document);
  initPasswords(document);
})();
