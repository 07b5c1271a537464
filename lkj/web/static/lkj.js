// lkj web: the only script of the pages, loaded from this server (Content-Security-Policy script-src 'self').
// It watches a build or a comparison that is still running and reloads the page when it is done; a link
// field selects itself on click, ready to copy.
(function () {
  "use strict";

  function watch(box) {
    var url = box.getAttribute("data-status");
    var bar = document.getElementById("progres-batang");
    var stage = document.getElementById("progres-tahap");
    function poll() {
      fetch(url, { credentials: "same-origin", cache: "no-store" })
        .then(function (response) { return response.json(); })
        .then(function (status) {
          if (status.selesai) { window.location.reload(); return; }
          if (bar && status.langkah) { bar.value = status.langkah; }
          if (stage && status.tahap) { stage.textContent = status.tahap + "…"; }
          window.setTimeout(poll, 1500);
        })
        .catch(function () { window.setTimeout(poll, 5000); });
    }
    window.setTimeout(poll, 1000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector("[data-status]");
    if (box) { watch(box); }
    document.querySelectorAll("input.alamat").forEach(function (field) {
      field.addEventListener("click", function () { field.select(); });
    });
  });
})();
