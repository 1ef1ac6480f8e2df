// Keyboard use of the review page (served from the page's own origin: the
// CSP allows no inline script). Queue: j/k move between rows, Enter or o
// opens the current one, x ticks it, a/r approve/reject it. Article page:
// a/r decide and go on to the next undecided article. Esc leaves a field.
"use strict";

(function () {
  function typing(target) {
    return target && (target.isContentEditable ||
      /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-row]"));
  var current = -1;

  function select(index) {
    if (!rows.length) return;
    if (current >= 0) rows[current].classList.remove("current");
    current = Math.max(0, Math.min(rows.length - 1, index));
    var row = rows[current];
    row.classList.add("current");
    row.scrollIntoView({ block: "nearest" });
    row.querySelector("td.title a").focus({ preventScroll: true });
  }

  function decideRow(decision) {
    var row = rows[current];
    var form = row.closest("form");
    form.querySelectorAll("input[name=ids]").forEach(function (box) { box.checked = false; });
    row.querySelector("input[name=ids]").checked = true;
    form.querySelector("button[name=decision][value=" + decision + "]").click();
  }

  function decideArticle(decision) {
    var button = document.querySelector("aside.decision button[name=decision][value=" + decision + "]");
    if (button) button.click();
  }

  var selectAll = document.querySelector("[data-select-all]");
  if (selectAll) {
    selectAll.addEventListener("change", function () {
      rows.forEach(function (row) {
        row.querySelector("input[name=ids]").checked = selectAll.checked;
      });
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && typing(event.target)) {
      event.target.blur();
      return;
    }
    if (typing(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    var onQueue = rows.length > 0;
    switch (event.key) {
      case "j": if (onQueue) select(current + 1); break;
      case "k": if (onQueue) select(current - 1); break;
      case "x": if (onQueue && current >= 0) {
        var box = rows[current].querySelector("input[name=ids]");
        box.checked = !box.checked;
      } break;
      case "o": case "Enter":
        if (onQueue && current >= 0) rows[current].querySelector("td.title a").click();
        else return;
        break;
      case "a": case "r": {
        var decision = event.key === "a" ? "approved" : "rejected";
        if (onQueue) { if (current >= 0) decideRow(decision); else return; }
        else decideArticle(decision);
        break;
      }
      default: return;
    }
    event.preventDefault();
  });
})();
