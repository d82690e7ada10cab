// The diner page's few behaviours htmx does not cover. No inline scripts (CSP).
(function () {
  "use strict";

  function nearBottom() {
    return window.innerHeight + window.scrollY >= document.body.scrollHeight - 160;
  }

  // Enter sends, Shift+Enter starts a new line.
  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (box.id === "question" && event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (box.value.trim()) box.form.requestSubmit();
    }
  });

  // After a question is accepted: empty the box, keep focus there, show the new answer.
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (form.id !== "ask-form") return;
    if (event.detail.successful) {
      var box = document.getElementById("question");
      box.value = "";
      box.focus();
      var answers = document.querySelectorAll(".answer");
      if (answers.length) answers[answers.length - 1].scrollIntoView({ block: "nearest" });
    } else if (!event.detail.xhr || event.detail.xhr.status === 0) {
      document.getElementById("form-error").textContent = "No connection. Please try again.";
    }
  });

  // Keep the growing answer in view, unless the diner scrolled up to read.
  document.addEventListener("htmx:sseBeforeMessage", function (event) {
    event.target.dataset.follow = nearBottom() ? "1" : "";
    var typing = event.target.closest(".answer").querySelector(".typing");
    if (typing) typing.remove();
  });
  document.addEventListener("htmx:sseMessage", function (event) {
    var answer = event.target.closest(".answer");
    if (answer && event.target.dataset.follow) answer.scrollIntoView({ block: "end" });
  });

  // The stream is over: no more stop button, and screen readers may read the answer.
  document.addEventListener("htmx:sseClose", function (event) {
    var answer = event.target;
    answer.setAttribute("aria-busy", "false");
    var stop = answer.querySelector(".stop");
    if (stop) stop.remove();
    var typing = answer.querySelector(".typing");
    if (typing) typing.remove();
  });
})();
