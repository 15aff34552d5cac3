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

  startCooldowns(document);
})();
