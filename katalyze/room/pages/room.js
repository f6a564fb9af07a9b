// Katalyze — the room's pages (table, door, stage). Plain script, no build.
// Everything shown is set with textContent: whatever people type is text.
"use strict";
(function () {
  const W = JSON.parse(document.body.dataset.words || "{}");
  const PAGE = document.body.dataset.page;
  const $ = (id) => document.getElementById(id);
  const store = window.localStorage;

  // --- language: ?lang= wins and is kept; else the kept choice; else the browser's
  const params = new URLSearchParams(location.search);
  const LANG = document.documentElement.lang;
  if (params.get("lang")) store.setItem("katalyze.lang", params.get("lang"));
  const keptLang = store.getItem("katalyze.lang");
  if (keptLang && keptLang !== LANG && !params.get("lang")) {
    params.set("lang", keptLang);
    location.replace(location.pathname + "?" + params.toString() + location.hash);
    return;
  }
  $("lang").value = LANG;
  $("lang").addEventListener("change", () => {
    store.setItem("katalyze.lang", $("lang").value);
    params.set("lang", $("lang").value);
    location.replace(location.pathname + "?" + params.toString());
  });

  // --- the token: taken from the link's fragment once, then kept
  const tokenKey = "katalyze.token." + PAGE;
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.get("t")) {
    store.setItem(tokenKey, fragment.get("t"));
    history.replaceState(null, "", location.pathname + location.search);
  }
  const TOKEN = store.getItem(tokenKey);

  function randomId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  let DEVICE = store.getItem("katalyze.device");
  if (!DEVICE) { DEVICE = randomId(); store.setItem("katalyze.device", DEVICE); }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  // A due date (ISO, a day) as people read it: « 15 mai 2026 », "15 May 2026".
  const dayFormat = new Intl.DateTimeFormat(document.documentElement.lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const dueDate = (iso) => { const d = new Date(iso + "T00:00:00Z"); return isNaN(d) ? iso : dayFormat.format(d); };
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));

  // --- the offline queue: writes wait here (with their client id) until the server has them
  // One queue per page, not per token: a renewed link (a new QR code for the
  // same table) still sends what was typed under the old one.
  const queueKey = "katalyze.queue." + PAGE;
  let queue = JSON.parse(store.getItem(queueKey) || "[]");
  const saveQueue = () => store.setItem(queueKey, JSON.stringify(queue));
  let online = true;

  async function api(method, path, body) {
    const headers = { "Accept-Language": LANG, "X-Device": DEVICE, "X-Pending": String(queue.length) };
    if (TOKEN) headers.Authorization = "Bearer " + TOKEN;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    return { status: response.status, data };
  }

  function setStatus() {
    const s = $("status");
    s.className = online ? (queue.length ? "pending" : "") : "offline";
    s.textContent = !online ? W.offline : queue.length ? fill(W.pending_n, { n: queue.length }) : W.online;
    s.title = s.textContent;
    if (!online) s.textContent = "⚠ " + (queue.length ? fill(W.pending_n, { n: queue.length }) : W.pending);
  }

  let flushing = false;
  // Send what waits, in order. A network failure keeps it for later; a refusal
  // (bad input) drops it with its message; a resend is harmless (client ids).
  async function flush(onDone) {
    if (flushing) return;
    flushing = true;
    try {
      while (queue.length) {
        const job = queue[0];
        let result;
        try { result = await api(job.method, job.path, job.body); } catch (e) { online = false; break; }
        if (result.status >= 500 || result.status === 429 || result.status === 0) { online = result.status !== 0; break; }
        online = true;
        if (result.status === 401) { noLink((result.data && result.data.error) || W.bad_link); break; } // kept: a new link sends it
        queue.shift();
        saveQueue();
        if (onDone) onDone(job, result);
      }
    } finally {
      flushing = false;
      setStatus();
    }
  }
  function enqueue(path, body, extra) {
    const job = Object.assign({ method: "POST", path, body }, extra || {});
    queue.push(job);
    saveQueue();
    setStatus();
    return job;
  }

  function noLink(message) {
    const main = $("main");
    main.replaceChildren(el("section", "", message));
  }

  // ---------------------------------------------------------------- table page
  function tablePage() {
    const main = $("main");
    const projectBox = el("section", "project"); const projectTitle = el("h2", "title"); const holder = el("div", "meta");
    const timerLine = el("div", "timerline"); const timer = el("span", "timer"); timerLine.append(el("span", "", W.timer), timer); timerLine.hidden = true;
    projectBox.append(projectTitle, holder, timerLine);
    const peopleBox = el("section"); const people = el("ul", "people"); peopleBox.append(el("h2", "", W.people), people);
    const form = el("form"); const entryLabel = el("label", "", W.entry_label); const row = el("div", "row");
    const entry = el("input"); entry.id = "entry"; entry.autocomplete = "off"; entry.placeholder = W.entry_placeholder; entry.maxLength = 1000;
    entryLabel.htmlFor = "entry";
    const add = el("button", "", W.add); add.type = "submit"; add.id = "add";
    const entryMessage = el("div", "message"); entryMessage.id = "entry-message";
    row.append(entry, add); form.append(entryLabel, row, entryMessage);
    const formBox = el("section"); formBox.append(form);
    const itemsBox = el("section"); const list = el("ul", "items"); list.id = "items"; itemsBox.append(el("h2", "", W.items), list);
    const synthBox = el("section"); const synth = el("textarea"); synth.id = "synthesis"; synth.maxLength = 50000;
    const saveSynth = el("button", "light", W.save); saveSynth.id = "save-synthesis"; const synthMessage = el("div", "message");
    synthBox.append(el("h2", "", W.synthesis), synth, saveSynth, synthMessage);
    main.replaceChildren(projectBox, formBox, itemsBox, peopleBox, synthBox);

    let state = null; let synthDirty = false; let timerEnds = null;
    synth.addEventListener("input", () => { synthDirty = true; });

    function itemRow(item, pending) {
      const li = el("li"); li.dataset.kind = item.kind;
      const kind = el("span", "kind " + item.kind, pending ? "…" : W["kind_" + item.kind] || item.kind);
      const body = el("div", "body"); body.append(el("div", "text", item.text));
      const bits = [];
      if (item.responsible) bits.push("→ " + item.responsible);
      else if (item.participant) bits.push(item.participant);
      if (item.due) bits.push(fill(W.due, { date: dueDate(item.due) }));
      if (item.category) bits.push("#" + item.category);
      if (bits.length) body.append(el("div", "meta", bits.join(" · ")));
      if (pending) { const tag = el("span", "tag", W.pending); body.append(tag); li.className = "pending"; }
      li.append(kind, body);
      if (!pending && item.kind === "idea") {
        const b = el("button", "vote light", "▲ " + item.votes); b.title = W.vote; b.setAttribute("aria-label", W.vote + " (" + item.votes + " " + W.votes + ")");
        b.addEventListener("click", async () => {
          b.disabled = true;
          try { const r = await api("POST", "/api/items/" + item.id + "/vote", { delta: 1 }); if (r.status === 200) { item.votes = r.data.votes; b.textContent = "▲ " + item.votes; } }
          catch (e) { online = false; setStatus(); }
          b.disabled = false;
        });
        li.append(b);
      }
      return li;
    }
    function render() {
      if (!state) return;
      // A participant link adds ideas and votes: no kinds to learn, no synthesis.
      const participant = state.role === "participant";
      synthBox.hidden = participant;
      entryLabel.textContent = participant ? W.idea_label : W.entry_label;
      entry.placeholder = participant ? W.idea_placeholder : W.entry_placeholder;
      $("title").textContent = fill(W.table, { n: state.label });
      $("subtitle").textContent = fill(W.round, { n: state.round });
      projectTitle.textContent = state.title;
      holder.textContent = state.holder;
      people.replaceChildren(...(state.people.length ? state.people.map((p) => { const li = el("li", p.present ? "" : "absent", p.name); if (p.organisation) li.title = p.organisation; return li; }) : [el("li", "", W.nobody)]));
      const rows = state.items.map((i) => itemRow(i, false));
      // Waiting lines show as typed: the server's parser (the Atelier's) reads them.
      for (const job of queue) if (job.kind === "item") rows.push(itemRow({ kind: "waiting", text: job.body.text, votes: 0 }, true));
      list.replaceChildren(...(rows.length ? rows : [el("li", "empty", W.no_items)]));
      if (!synthDirty && document.activeElement !== synth) synth.value = state.synthesis.text;
      if (state.timer && typeof state.timer.remaining === "number") {
        timerLine.hidden = false;
        timerEnds = state.timer.running ? Date.now() + state.timer.remaining * 1000 : null;
        if (!state.timer.running) timer.textContent = clock(state.timer.remaining);
      } else { timerLine.hidden = true; timerEnds = null; }
    }
    const clock = (s) => { s = Math.max(0, Math.round(s)); return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0"); };
    setInterval(() => { if (timerEnds) timer.textContent = clock((timerEnds - Date.now()) / 1000); }, 250);

    // Every second the items changed since the newest seen, minus a margin (an
    // item committed late with an earlier time is still fetched); every tenth
    // second the rest of the table too (people, synthesis, timer, round), and
    // everything again when the round changed.
    let ticks = 0;
    function cursor() {
      let newest = "";
      for (const i of state.items) if (i.updated_at > newest) newest = i.updated_at;
      return newest ? new Date(Date.parse(newest) - 10000).toISOString() : "";
    }
    function merge(changed) {
      const byId = new Map(state.items.map((i) => [i.id, i]));
      for (const i of changed) {
        if (i.deleted || i.round !== state.round) byId.delete(i.id);
        else byId.set(i.id, i);
      }
      state.items = [...byId.values()].sort((a, b) => a.position - b.position || a.id - b.id);
    }
    async function refresh() {
      try {
        const whole = !state || ticks % 10 === 0;
        ticks += 1;
        const since = state ? cursor() : "";
        let r = await api("GET", since ? "/api/items?since=" + encodeURIComponent(since) : "/api/table");
        if (r.status === 200 && since) {
          merge(r.data);
          if (whole) {
            r = await api("GET", "/api/table?items=0");
            if (r.status === 200) {
              if (r.data.round !== state.round) r = await api("GET", "/api/table");
              else r.data.items = state.items;
            }
          }
        }
        if (r.status === 401 || r.status === 403) { noLink(r.data && r.data.error || W.bad_link); return false; }
        if (r.status === 200) { online = true; if (!since || whole) state = r.data; render(); }
      } catch (e) { online = false; }
      setStatus();
      if (queue.length) flush(sent);
      return true;
    }
    function sent(job, result) {
      if (result.status >= 400) { entryMessage.className = "message"; entryMessage.textContent = (result.data && result.data.error) || W.error; if (!entry.value) entry.value = job.body.text; }
      else if (state && !state.items.some((i) => i.id === result.data.id)) state.items.push(result.data);
      render();
    }
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = entry.value.trim();
      if (!text) return;
      enqueue("/api/items", { client_id: randomId(), text }, { kind: "item" });
      entry.value = ""; entryMessage.textContent = "";
      render();
      flush(sent);
      entry.focus();
    });
    saveSynth.addEventListener("click", async () => {
      try {
        const r = await api("PUT", "/api/tables/" + state.table + "/synthesis", { text: synth.value });
        synthMessage.className = r.status === 200 ? "message ok" : "message";
        synthMessage.textContent = r.status === 200 ? W.saved : (r.data && r.data.error) || W.error;
        if (r.status === 200) { synthDirty = false; state.synthesis.text = r.data.text; }
      } catch (e) { online = false; synthMessage.className = "message"; synthMessage.textContent = W.offline; setStatus(); }
    });
    window.addEventListener("online", () => flush(sent));
    (async function loop() { if (await refresh()) setTimeout(loop, 1000); })();
  }

  // ---------------------------------------------------------------- door page
  const ALPHABET = "BCDEFGHJKNPRSTUVX";
  // A badge code once normalised (as katalyze.checkin.codes.normalize_scan), or null.
  function asCode(raw) {
    const text = (raw || "").normalize("NFKC").toUpperCase().trim();
    let compact = text.replace(/[\s\-‐‑‒–—_.·/:]+/g, "");
    if (![...compact].every((c) => ALPHABET.includes(c))) {
      const runs = (compact.match(/[BCDEFGHJKNPRSTUVX]+/g) || []).filter((r) => r.length === 10);
      if (runs.length !== 1) return null;
      compact = runs[0];
    }
    if (compact.length !== 10) return null;
    const v = [...compact].map((c) => ALPHABET.indexOf(c));
    const s = v.reduce((a, b) => a + b, 0);
    const t = v.reduce((a, b, i) => a + (i + 1) * b, 0);
    return s % 17 === 0 && t % 17 === 0 ? compact : null;
  }

  function doorPage() {
    const main = $("main");
    $("title").textContent = W.door;
    const box = el("section"); const label = el("label", "", W.scan_label); label.htmlFor = "scan";
    const scan = el("input"); scan.id = "scan"; scan.autocomplete = "off"; scan.placeholder = W.scan_placeholder; scan.autocapitalize = "off"; scan.spellcheck = false;
    const results = el("div", "results"); results.id = "results"; const message = el("div", "message"); message.id = "door-message";
    box.append(label, scan, message, results);
    const walk = el("section"); const details = el("details"); details.append(el("summary", "", W.walk_in));
    const first = el("input"); first.id = "walk-first"; first.placeholder = W.first_name;
    const last = el("input"); last.id = "walk-last"; last.placeholder = W.last_name;
    const org = el("input"); org.id = "walk-org"; org.placeholder = W.organisation;
    const register = el("button", "", W.register); register.id = "walk-register";
    details.append(first, last, org, register); walk.append(details);
    const stationBox = el("section"); const stLabel = el("label", "", W.station); const station = el("input"); station.id = "station";
    stLabel.htmlFor = "station"; station.value = store.getItem("katalyze.station") || (W.door + " " + DEVICE.slice(0, 4));
    station.addEventListener("change", () => store.setItem("katalyze.station", station.value));
    stationBox.append(stLabel, station);
    main.replaceChildren(box, walk, stationBox);
    scan.focus();

    const overlay = $("overlay");
    const marks = { ok: "✔", already: "⚠", cancelled: "⊘", replaced: "↻" };
    function show(result) {
      overlay.className = "st-" + result.status;
      $("overlay-mark").textContent = marks[result.status] || "✖";
      $("overlay-name").textContent = result.name || "";
      $("overlay-table").textContent = result.table ? fill(W.table, { n: result.table }) : "";
      $("overlay-message").textContent = result.message || "";
      $("overlay-next").textContent = W.next;
      overlay.hidden = false;
      $("overlay-next").focus();
    }
    function hide() { overlay.hidden = true; overlay.className = ""; scan.value = ""; results.replaceChildren(); scan.focus(); }
    $("overlay-next").addEventListener("click", hide);
    overlay.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === "Escape" || e.key === " ") { e.preventDefault(); hide(); } });
    // A scanner may type the next badge while the colour shows: it goes to the field.
    overlay.addEventListener("keypress", (e) => { if (e.key.length === 1) { hide(); scan.value = e.key; e.preventDefault(); } });

    function answered(job, result) {
      if (result.status === 200 || result.status === 201) show(result.data);
      else { message.className = "message"; message.textContent = (result.data && result.data.error) || W.error; }
    }
    function send(body) {
      enqueue("/api/checkin", Object.assign({ client_id: randomId(), station: station.value }, body));
      flush(answered);
    }
    let pause = null; let searchTimer = null;
    function submitCode(code) { clearTimeout(pause); clearTimeout(searchTimer); scan.value = ""; results.replaceChildren(); send({ code }); }
    scan.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" && e.key !== "Tab") return;
      const code = asCode(scan.value);
      if (code) { e.preventDefault(); submitCode(code); return; }
      if (e.key === "Enter") {
        e.preventDefault();
        const buttons = results.querySelectorAll("button");
        if (buttons.length === 1) buttons[0].click();
        else if (/^[A-Za-z]{10}$/.test(scan.value.trim())) { const raw = scan.value; scan.value = ""; send({ code: raw }); }
      }
    });
    scan.addEventListener("input", () => {
      clearTimeout(pause); clearTimeout(searchTimer); message.textContent = "";
      const code = asCode(scan.value);
      if (code) { pause = setTimeout(() => { if (asCode(scan.value) === code) submitCode(code); }, 400); return; }
      const text = scan.value.trim();
      if (text.length < 2) { results.replaceChildren(); return; }
      searchTimer = setTimeout(async () => {
        try {
          const r = await api("GET", "/api/search?q=" + encodeURIComponent(text));
          if (r.status === 401 || r.status === 403) { noLink((r.data && r.data.error) || W.bad_link); return; }
          if (scan.value.trim() !== text) return;
          online = true; setStatus();
          const people = r.data || [];
          results.replaceChildren(...people.map((p) => {
            const b = el("button"); b.dataset.id = p.id;
            b.append(el("span", "", p.name));
            const bits = [p.organisation, p.table ? fill(W.table, { n: p.table }) : "", p.checked_in ? W.arrived : ""].filter(Boolean);
            b.append(el("span", "meta", bits.join(" · ")));
            b.addEventListener("click", () => { scan.value = ""; results.replaceChildren(); send({ participant_id: p.id }); });
            return b;
          }));
          if (!people.length) { message.className = "message"; message.textContent = W.no_match; }
        } catch (e) { online = false; setStatus(); }
      }, 200);
    });
    register.addEventListener("click", () => {
      if (!first.value.trim() && !last.value.trim()) { first.focus(); return; }
      enqueue("/api/walkin", { client_id: randomId(), station: station.value, first_name: first.value, last_name: last.value, organisation: org.value });
      first.value = last.value = org.value = ""; details.open = false;
      flush(answered);
    });
    (async function check() {
      try { const r = await api("GET", "/api/me"); if (r.status === 401 || r.status === 403 || (r.data && r.data.role !== "door")) { noLink((r.data && r.data.error) || W.bad_link); return; } online = true; $("subtitle").textContent = r.data.event; }
      catch (e) { online = false; }
      setStatus(); if (queue.length) flush(answered);
      setTimeout(check, 3000);
    })();
    window.addEventListener("online", () => flush(answered));
  }

  // ---------------------------------------------------------------- stage page
  function stagePage() {
    const main = $("main");
    $("title").textContent = W.stage;
    const grid = el("div", "grid");
    main.replaceChildren(grid);
    (async function loop() {
      try {
        const r = await api("GET", "/api/overview");
        if (r.status === 401 || r.status === 403) { noLink((r.data && r.data.error) || W.bad_link); return; }
        online = true;
        grid.replaceChildren(...r.data.tables.map((t) => {
          const card = el("section", "card"); card.append(el("h3", "", fill(W.table, { n: t.label }) + " — " + t.title));
          const counts = Object.entries(t.counts).filter(([, n]) => n).map(([k, n]) => (W["kind_" + k] || k) + " " + n);
          card.append(el("div", "meta", counts.join(" · ") || W.no_items));
          return card;
        }));
      } catch (e) { online = false; }
      setStatus(); setTimeout(loop, 2000);
    })();
  }

  if (PAGE === "home") { noLink(W.no_link); setStatus(); return; }
  if (!TOKEN) { noLink(W.no_link); setStatus(); return; }
  ({ table: tablePage, door: doorPage, stage: stagePage })[PAGE]();
  setStatus();
})();
