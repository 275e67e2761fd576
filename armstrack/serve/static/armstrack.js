/* armstrack web UI: small progressive enhancements. No third-party code; never inserts HTML strings. */
(function () {
  "use strict";

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  /* ---- document page: evidence highlighting -------------------------------------------------- */
  function showEvidence() {
    var text = $("#doc-text");
    if (!text) return;
    var m = /^#m-(\d+)-(\d+)$/.exec(window.location.hash);
    $all("mark.current", text).forEach(function (el) { el.classList.remove("current"); });
    $all(".rec-link.current").forEach(function (el) { el.classList.remove("current"); });
    if (!m) return;
    var s = parseInt(m[1], 10), e = parseInt(m[2], 10);
    var first = null;
    $all("mark.ev", text).forEach(function (el) {
      var ms = parseInt(el.getAttribute("data-s"), 10), me = parseInt(el.getAttribute("data-e"), 10);
      if (ms >= s && me <= e) {
        el.classList.add("current");
        if (!first) first = el;
      }
    });
    $all('.rec-link[href="' + window.location.hash + '"]').forEach(function (el) { el.classList.add("current"); });
    var target = first || document.getElementById(window.location.hash.slice(1));
    if (target && target.scrollIntoView) target.scrollIntoView({ block: "center" });
  }

  function setupDocument() {
    var text = $("#doc-text");
    if (!text) return;
    window.addEventListener("hashchange", showEvidence);
    showEvidence();
    $all("#toggles input[data-toggle]").forEach(function (box) {
      var cls = box.getAttribute("data-toggle");
      function apply() {
        var on = cls.indexOf("show-") === 0 ? box.checked : !box.checked;
        text.classList.toggle(cls, on);
      }
      box.addEventListener("change", apply);
      apply();
    });
    text.addEventListener("click", function (ev) {
      var mark = ev.target.closest ? ev.target.closest("mark.ev") : null;
      if (!mark) return;
      var ids = (mark.getAttribute("data-records") || "").split(" ");
      $all(".rec.selected").forEach(function (el) { el.classList.remove("selected"); });
      var firstRec = null;
      ids.forEach(function (id) {
        $all('.rec[data-record="' + CSS.escape(id) + '"]').forEach(function (el) {
          el.classList.add("selected");
          if (!firstRec) firstRec = el;
        });
      });
      if (firstRec) firstRec.scrollIntoView({ block: "nearest" });
    });
  }

  /* ---- network: neighbourhoods and type filters ---------------------------------------------- */
  function setupNetwork() {
    var svg = $("#network");
    if (!svg) return;
    var edges = $all("line.edge", svg);
    var nodes = $all("a.node", svg);
    function clear() {
      svg.classList.remove("focus");
      $all(".hl", svg).forEach(function (el) { el.classList.remove("hl"); });
    }
    nodes.forEach(function (node) {
      var id = node.getAttribute("data-id");
      node.addEventListener("mouseenter", function () {
        svg.classList.add("focus");
        node.classList.add("hl");
        edges.forEach(function (e) {
          var s = e.getAttribute("data-s"), t = e.getAttribute("data-t");
          if (s === id || t === id) {
            e.classList.add("hl");
            var other = s === id ? t : s;
            nodes.forEach(function (n) { if (n.getAttribute("data-id") === other) n.classList.add("hl"); });
          }
        });
      });
      node.addEventListener("mouseleave", clear);
      node.addEventListener("focus", function () { node.dispatchEvent(new Event("mouseenter")); });
      node.addEventListener("blur", clear);
    });
    $all("#net-legend input[data-type]").forEach(function (box) {
      box.addEventListener("change", function () {
        var hidden = {};
        $all("#net-legend input[data-type]").forEach(function (b) { if (!b.checked) hidden[b.getAttribute("data-type")] = true; });
        var gone = {};
        nodes.forEach(function (n) {
          var off = !!hidden[n.getAttribute("data-type")];
          n.classList.toggle("off", off);
          if (off) gone[n.getAttribute("data-id")] = true;
        });
        edges.forEach(function (e) {
          e.classList.toggle("off", !!(gone[e.getAttribute("data-s")] || gone[e.getAttribute("data-t")]));
        });
      });
    });
  }

  /* ---- add articles: background job with progress -------------------------------------------- */
  function setText(el, text) { if (el) el.textContent = text; }

  function fillList(ul, items, makeLink) {
    if (!ul) return;
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    items.forEach(function (item) {
      var li = document.createElement("li");
      if (makeLink) {
        var a = document.createElement("a");
        a.href = "/documents/" + encodeURIComponent(item);
        a.textContent = item;
        li.appendChild(a);
      } else {
        li.textContent = item;
      }
      ul.appendChild(li);
    });
  }

  function pollJob(id) {
    var box = $("#job");
    box.classList.remove("hidden");
    box.setAttribute("data-job", id);
    function tick() {
      fetch("/api/jobs/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          $("#job-progress").value = job.progress;
          var failed = job.failures.length + (job.error ? 1 : 0);
          setText($("#job-state"), job.state + ": " + job.stored + " stored, " + job.unchanged.length +
                  " unchanged, " + failed + " failed" + (job.files ? " (" + job.files_read + " of " + job.files + " files read)" : ""));
          box.className = "panel job state-" + job.state;
          fillList($("#job-docs"), job.documents, true);
          fillList($("#job-failures"), (job.warnings || []).map(function (w) { return "warning: " + w; }).concat(job.failures, job.error ? [job.error] : []), false);
          if (job.state === "queued" || job.state === "running") window.setTimeout(tick, 600);
          else {
            var btn = $("#add-submit");
            if (btn) btn.disabled = false;
          }
        })
        .catch(function () { window.setTimeout(tick, 1500); });
    }
    tick();
  }

  function setupAdd() {
    var form = $("#add-form");
    if (!form) return;
    var existing = $("#job").getAttribute("data-job");
    if (existing) pollJob(existing);
    form.addEventListener("submit", function (ev) {
      if (!window.fetch || !window.FormData) return; // plain form post works too
      ev.preventDefault();
      var data = new FormData(form);
      var headers = { Accept: "application/json" };
      var token = $("#f-token");
      if (token && token.value) headers["X-Armstrack-Token"] = token.value;
      var btn = $("#add-submit");
      btn.disabled = true;
      var box = $("#job");
      box.classList.remove("hidden");
      setText($("#job-state"), "uploading…");
      fetch("/api/ingest", { method: "POST", body: data, headers: headers })
        .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
        .then(function (res) {
          if (!res.ok) {
            btn.disabled = false;
            box.className = "panel job state-failed";
            setText($("#job-state"), "not accepted: " + (typeof res.body.detail === "string" ? res.body.detail : JSON.stringify(res.body.detail)));
            return;
          }
          pollJob(res.body.id);
        })
        .catch(function (err) {
          btn.disabled = false;
          setText($("#job-state"), "upload failed: " + err);
        });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupDocument();
    setupNetwork();
    setupAdd();
  });
})();
