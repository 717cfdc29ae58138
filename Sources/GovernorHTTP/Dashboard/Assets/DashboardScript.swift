/// The dashboard's script: signs in with the key (kept in sessionStorage), renders the cards the server built,
/// follows `/api/ops/stream` (read with fetch so the key goes in a header), reconnects by itself, and says when
/// the data is stale. Text goes in with `textContent`; only the server's SVG charts and rendered docs, which the
/// server escaped, use `innerHTML`.
enum DashboardScript {
    static let javascript = #"""
        "use strict";
        (() => {
          const STORE = "governor.dashKey";
          const $ = (id) => document.getElementById(id);
          const ICONS = { green: "\u2714", yellow: "\u25B2", red: "\u2716", unknown: "?" };
          let key = null;
          let lastEvent = 0;
          let refreshSeconds = 10;
          let streamAbort = null;
          let actionsAvailable = false;
          let latestAlerts = [];
          let latestGroups = [];

          function el(tag, attrs, ...children) {
            const node = document.createElement(tag);
            for (const [name, value] of Object.entries(attrs || {})) {
              if (value === null || value === undefined || value === false) continue;
              if (name === "class") node.className = value;
              else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
              else node.setAttribute(name, value === true ? "" : value);
            }
            for (const child of children.flat(Infinity)) {
              if (child === null || child === undefined) continue;
              node.append(child instanceof Node ? child : document.createTextNode(String(child)));
            }
            return node;
          }

          function statusBadge(status, id) {
            const level = status ? status.level : "unknown";
            return el("p", { class: "status status-" + level, id: id, "data-level": level },
              el("span", { class: "status-icon", "aria-hidden": "true" }, ICONS[level] || "?"), " ",
              el("span", { class: "status-text" }, status ? status.text : "Unknown"));
          }

          async function api(path, options) {
            const init = Object.assign({}, options || {});
            init.headers = Object.assign({ "X-Dash-Key": key }, init.headers || {});
            const response = await fetch(path, init);
            if (response.status === 401) { signOut("The key was not accepted. Enter it again."); throw new Error("unauthorized"); }
            return response;
          }

          async function apiJSON(path, options) {
            const response = await api(path, options);
            let body = null;
            try { body = await response.json(); } catch (e) { body = null; }
            if (!response.ok) throw new Error((body && body.error) || ("HTTP " + response.status));
            return body;
          }

          // ---- sign in --------------------------------------------------------------------------------
          function signOut(message) {
            sessionStorage.removeItem(STORE);
            key = null;
            if (streamAbort) streamAbort.abort();
            $("cards").replaceChildren();
            $("login").hidden = false;
            $("logout").hidden = true;
            $("login-error").textContent = message || "";
            $("key").focus();
          }

          async function signIn(candidate) {
            key = candidate;
            const response = await fetch("/api/ops/dashboard", { headers: { "X-Dash-Key": key } });
            if (response.status === 401) { signOut("That key was not accepted."); return; }
            sessionStorage.setItem(STORE, key);
            $("login").hidden = true;
            $("logout").hidden = false;
            if (response.ok) render(await response.json());
            checkActions();
            follow();
          }

          // ---- rendering ------------------------------------------------------------------------------
          const extras = {};

          function render(view) {
            lastEvent = Date.now();
            refreshSeconds = view.refreshSeconds || refreshSeconds;
            document.body.dataset.daemonTime = String(view.time);
            document.body.dataset.generatedAt = view.generatedAt;
            const overall = $("overall");
            overall.replaceWith(statusBadge({ level: view.overall.level, text: "Overall: " + view.overall.text + " (" + view.autonomy + ")" }, "overall"));
            const cards = $("cards");
            for (const card of view.cards) {
              let section = $("card-" + card.id);
              if (!section) {
                section = el("section", { class: "card", id: "card-" + card.id, "aria-labelledby": "title-" + card.id });
                if (card.charts.length || card.tables.length || card.id === "docs" || card.id === "intervention") section.classList.add("wide");
                cards.append(section);
              }
              section.dataset.status = card.status.level;
              const body = [
                el("div", { class: "card-head" }, el("h2", { id: "title-" + card.id }, card.title), statusBadge(card.status)),
              ];
              if (card.reasons.length) body.push(el("ul", { class: "reasons" }, card.reasons.map((r) => el("li", {}, r))));
              if (card.rows.length) {
                body.push(el("dl", { class: "rows" }, card.rows.map((row) => [
                  el("dt", {}, row.label),
                  el("dd", { "data-key": row.key }, row.status ? [el("span", { class: "status-icon status-" + row.status.level, "aria-hidden": "true" }, ICONS[row.status.level] + " "), row.value] : row.value),
                ])));
              }
              if (card.sparkline) { const spark = el("div", { class: "spark" }); spark.innerHTML = card.sparkline; body.push(spark); }
              for (const table of card.tables) {
                body.push(el("div", { class: "table-scroll", tabindex: "0", role: "region", "aria-label": table.caption },
                  el("table", {}, el("caption", {}, table.caption),
                    el("thead", {}, el("tr", {}, table.columns.map((c) => el("th", { scope: "col" }, c)))),
                    el("tbody", {}, table.rows.map((r) => el("tr", {}, r.map((c, i) => i === 0 ? el("th", { scope: "row" }, c) : el("td", {}, c))))))));
              }
              if (card.charts.length) {
                const charts = el("div", { class: "charts" });
                charts.innerHTML = card.charts.join("");
                body.push(charts);
              }
              if (card.id === "docs") body.push(extras.docs || (extras.docs = docsPanel()));
              if (card.id === "intervention") {
                latestAlerts = view.alerts;
                body.push(alertList(view.alerts));
                body.push(extras.actions || (extras.actions = actionsPanel()));
                showGroups(view.groups);
              }
              // Keep the panels the user is working in (their focus and inputs) while the data around them changes.
              section.replaceChildren(...body);
            }
            updateFreshness();
          }

          function updateFreshness() {
            const freshness = $("freshness");
            if (!lastEvent) return;
            const age = (Date.now() - lastEvent) / 1000;
            const limit = Math.max(3 * refreshSeconds, 5);
            const stale = age > limit;
            document.body.classList.toggle("stale", stale);
            freshness.classList.toggle("stale", stale);
            const at = document.body.dataset.generatedAt || "";
            freshness.textContent = stale
              ? "Stale: no update for " + Math.round(age) + " s (data from " + at + "); reconnecting"
              : "Live: data from " + at;
            document.body.dataset.stale = stale ? "true" : "false";
            // A connection that stays open but brings nothing (a dead proxy, a stopped daemon) is dropped, so the
            // loop in follow() opens a new one.
            if (stale && streamAbort && !streamAbort.signal.aborted) streamAbort.abort();
          }

          // ---- live updates ---------------------------------------------------------------------------
          async function follow() {
            let delay = 1000;
            while (key) {
              streamAbort = new AbortController();
              try {
                const response = await api("/api/ops/stream", { signal: streamAbort.signal, cache: "no-store" });
                if (!response.ok || !response.body) throw new Error("HTTP " + response.status);
                delay = 1000;
                document.body.dataset.connections = String(Number(document.body.dataset.connections || 0) + 1);
                const reader = response.body.getReader();
                const decoder = new TextDecoder();
                let buffer = "";
                for (;;) {
                  const { value, done } = await reader.read();
                  if (done) break;
                  buffer += decoder.decode(value, { stream: true });
                  let end;
                  while ((end = buffer.indexOf("\n\n")) >= 0) {
                    const frame = buffer.slice(0, end);
                    buffer = buffer.slice(end + 2);
                    const data = frame.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
                    if (data) render(JSON.parse(data));
                  }
                }
              } catch (error) {
                if (!key) return;
              }
              await new Promise((resolve) => setTimeout(resolve, delay));
              delay = Math.min(delay * 2, 10000);
            }
          }

          // ---- docs and reports -----------------------------------------------------------------------
          function docsPanel() {
            const select = el("select", { id: "doc-select", "aria-label": "Document" });
            const article = el("article", { class: "doc", id: "doc-view", tabindex: "0", "aria-live": "polite", hidden: true });
            const logs = el("div", { id: "log-tails" });
            const message = el("p", { class: "result", role: "status" });
            const panel = el("div", { class: "docs-panel" },
              el("div", { class: "actions" },
                el("label", { for: "doc-select" }, "Docs"), select,
                el("button", { type: "button", onclick: async () => {
                  if (!select.value) return;
                  try {
                    const doc = await apiJSON("/api/ops/docs/" + encodeURIComponent(select.value));
                    article.innerHTML = doc.html;
                    article.hidden = false;
                    article.focus();
                  } catch (e) { message.textContent = "Could not open the doc: " + e.message; }
                } }, "Open"),
                el("button", { type: "button", id: "show-logs", onclick: async () => {
                  try {
                    const body = await apiJSON("/api/ops/logs?lines=20");
                    logs.replaceChildren(...(body.logs.length ? body.logs.map((log) => el("details", {},
                      el("summary", {}, "logs/" + log.name + " (last " + log.lines.length + " lines)"),
                      el("pre", { class: "log", tabindex: "0" }, log.lines.join("\n")))) : [el("p", { class: "muted" }, "No logs yet.")]));
                  } catch (e) { message.textContent = "Could not read the logs: " + e.message; }
                } }, "Show log tails"),
                el("button", { type: "button", id: "export-csv", onclick: async () => {
                  try {
                    const response = await api("/api/ops/compliance.csv");
                    if (!response.ok) throw new Error("HTTP " + response.status);
                    const blob = await response.blob();
                    const link = el("a", { href: URL.createObjectURL(blob), download: "compliance-history.csv" });
                    document.body.append(link);
                    link.click();
                    link.remove();
                    message.textContent = "Compliance history exported (compliance-history.csv).";
                  } catch (e) { message.textContent = "Could not export: " + e.message; }
                } }, "Export compliance history (CSV)")),
              message, article, logs);
            apiJSON("/api/ops/docs").then((body) => {
              select.replaceChildren(...body.docs.map((name) => el("option", { value: name }, name)));
            }).catch(() => { message.textContent = "The docs list is not available."; });
            return panel;
          }

          // ---- intervention ---------------------------------------------------------------------------
          async function checkActions() {
            try {
              const response = await api("/api/ops/actions");
              actionsAvailable = response.ok;
            } catch (e) { actionsAvailable = false; }
            if (extras.actions) extras.actions.dataset.actions = actionsAvailable ? "available" : "missing";
            for (const button of document.querySelectorAll("[data-needs-actions]")) button.disabled = !actionsAvailable;
            enableGroupButtons();
          }

          function alertList(alerts) {
            if (!alerts.length) return el("p", { class: "muted", id: "alert-list" }, "No alert is pending or firing.");
            return el("ul", { class: "alert-list", id: "alert-list" }, alerts.map((alert) => el("li", { "data-alertname": alert.alertname, "data-state": alert.state },
              el("strong", {}, alert.alertname), " ",
              statusBadge({ level: alert.state === "firing" ? "red" : "yellow", text: alert.state + (alert.severity ? ", " + alert.severity : "") }),
              alert.summary ? el("div", {}, alert.summary) : null,
              el("div", { class: "muted" }, alert.matchers.join(", ")),
              el("button", { type: "button", class: "danger", onclick: (event) => silenceForm(event.target, alert) }, "Silence\u2026"))));
          }

          function silenceForm(button, alert) {
            const panel = extras.actions;
            const duration = el("select", { id: "silence-duration", "aria-label": "Silence for" },
              ["30m", "1h", "2h", "4h", "12h", "1d"].map((d) => el("option", { value: d, selected: d === "2h" }, d)));
            const comment = el("input", { id: "silence-comment", type: "text", "aria-label": "Comment", value: "silenced from the dashboard" });
            confirmBox(panel, "Silence " + alert.alertname + " (" + alert.matchers.join(", ") + ") for", [duration, comment], "Silence",
              () => runAction("silence", { matchers: alert.matchers, duration: duration.value, comment: comment.value, createdBy: "dashboard" }));
          }

          function actionsPanel() {
            const groups = el("select", { id: "group-select", "aria-label": "Rule group", onchange: enableGroupButtons });
            const panel = el("div", { class: "actions-panel", id: "actions-panel" },
              el("div", { class: "actions" },
                el("button", { type: "button", "data-needs-actions": true, onclick: () => confirmBox(panel, "Run a governance pass now, outside its schedule?", [], "Run governance", () => runAction("run-governance", {})) }, "Run governance now"),
                el("button", { type: "button", "data-needs-actions": true, onclick: () => confirmBox(panel, "Run the forecast now?", [], "Run forecast", () => runAction("run-forecast", {})) }, "Run forecast now"),
                el("button", { type: "button", onclick: () => confirmBox(panel, "Reload the policies from disk? A reload that fails keeps the running ones.", [], "Reload", () => runAction("reload", {})) }, "Reload policies")),
              el("div", { class: "actions" },
                el("label", { for: "group-select" }, "Rule group"), groups,
                el("button", { type: "button", id: "pause-group", disabled: true, onclick: () => {
                  const group = groups.value;
                  confirmBox(panel, "Pause rule group " + group + "? Its ticks are skipped until it is resumed; its alerts keep their state.", [], "Pause", () => runAction("pause-group", { group }));
                } }, "Pause group"),
                el("button", { type: "button", id: "resume-group", disabled: true, onclick: () => {
                  const group = groups.value;
                  confirmBox(panel, "Resume rule group " + group + "? It is evaluated again from its next tick.", [], "Resume", () => runAction("resume-group", { group }));
                } }, "Resume group")),
              el("div", { class: "confirm-slot" }),
              el("p", { class: "result", id: "action-result", role: "status", "aria-live": "polite" }));
            return panel;
          }

          // The group list is rebuilt only when a group or its state changed, so an open list keeps its choice.
          function showGroups(groups) {
            latestGroups = groups || [];
            const select = extras.actions.querySelector("#group-select");
            const signature = JSON.stringify(latestGroups);
            if (select.dataset.groups !== signature) {
              const chosen = select.value;
              select.replaceChildren(...latestGroups.map((group) => el("option", { value: group.name }, group.name + (group.paused ? " (paused)" : ""))));
              if (latestGroups.some((group) => group.name === chosen)) select.value = chosen;
              select.dataset.groups = signature;
            }
            enableGroupButtons();
          }

          // Pause is offered for a running group and resume for a paused one; both need the actions API.
          function enableGroupButtons() {
            if (!extras.actions) return;
            const chosen = latestGroups.find((group) => group.name === extras.actions.querySelector("#group-select").value);
            extras.actions.querySelector("#pause-group").disabled = !actionsAvailable || !chosen || chosen.paused;
            extras.actions.querySelector("#resume-group").disabled = !actionsAvailable || !chosen || !chosen.paused;
          }

          function confirmBox(panel, question, fields, label, run) {
            const slot = panel.querySelector(".confirm-slot");
            const yes = el("button", { type: "button", class: "primary", id: "confirm-action", onclick: async () => { slot.replaceChildren(); await run(); } }, label);
            const no = el("button", { type: "button", onclick: () => slot.replaceChildren() }, "Cancel");
            slot.replaceChildren(el("div", { class: "confirm", role: "group", "aria-label": "Confirm" }, el("span", {}, question), fields, yes, no));
            (fields[0] || yes).focus();
          }

          async function runAction(name, args) {
            const result = extras.actions.querySelector("#action-result");
            result.replaceChildren("Working\u2026");
            try {
              const outcome = actionsAvailable ? await callAction(name, args) : await fallbackAction(name, args);
              const parts = [el("span", {}, outcome.message || (name + ": " + outcome.outcome))];
              if (outcome.undo) {
                parts.push(" ", el("button", { type: "button", id: "undo-action", onclick: async () => {
                  const undone = actionsAvailable ? await callAction(outcome.undo.action, outcome.undo.arguments) : await fallbackAction(outcome.undo.action, outcome.undo.arguments);
                  result.replaceChildren("Undone: " + (undone.message || undone.outcome));
                } }, "Undo"));
              }
              result.replaceChildren(...parts);
            } catch (e) {
              result.replaceChildren(el("span", { class: "error" }, name + " failed: " + e.message));
            }
          }

          function callAction(name, args) {
            return apiJSON("/api/ops/actions/" + encodeURIComponent(name), {
              method: "POST", headers: { "Content-Type": "application/json" },
              body: JSON.stringify({ arguments: args, source: "dashboard" }),
            });
          }

          // Without the actions API, the two actions that have their own endpoints still work.
          async function fallbackAction(name, args) {
            if (name === "silence") {
              const units = { m: 60e3, h: 3600e3, d: 86400e3 };
              const ms = parseInt(args.duration, 10) * units[args.duration.slice(-1)];
              const matchers = args.matchers.map((m) => { const i = m.indexOf("="); return { name: m.slice(0, i), value: JSON.parse(m.slice(i + 1)), isRegex: false, isEqual: true }; });
              // Silences run on the daemon's clock, which a simulated run sets apart from this browser's.
              const now = Number(document.body.dataset.daemonTime) || Date.now();
              const body = await apiJSON("/api/v2/silences", { method: "POST", headers: { "Content-Type": "application/json" },
                body: JSON.stringify({ matchers, startsAt: new Date(now).toISOString(), endsAt: new Date(now + ms).toISOString(), createdBy: args.createdBy || "dashboard", comment: args.comment || "" }) });
              return { outcome: "done", message: "silenced " + args.matchers.join(", ") + " for " + args.duration + " (id " + body.silenceID + ")", undo: { action: "expire-silence", arguments: { id: body.silenceID } } };
            }
            if (name === "expire-silence") {
              const response = await api("/api/v2/silence/" + encodeURIComponent(args.id), { method: "DELETE" });
              if (!response.ok) throw new Error("HTTP " + response.status);
              return { outcome: "done", message: "expired silence " + args.id, undo: null };
            }
            if (name === "reload") {
              const response = await api("/api/ops/reload", { method: "POST" });
              const body = await response.json();
              return { outcome: body.adopted ? "done" : "failed", message: body.adopted ? "policies reloaded" : "reload failed: " + body.diagnostics.join("; "), undo: null };
            }
            throw new Error("this needs the actions API, which this daemon does not serve");
          }

          // ---- start ----------------------------------------------------------------------------------
          document.addEventListener("DOMContentLoaded", () => {
            $("login").addEventListener("submit", (event) => { event.preventDefault(); signIn($("key").value.trim()); });
            $("logout").addEventListener("click", () => signOut("Signed out."));
            setInterval(updateFreshness, 1000);
            // A key in the fragment (#key=…, never sent to the server) is taken once and removed from the address.
            const fragment = new URLSearchParams(location.hash.slice(1));
            if (fragment.get("key")) {
              sessionStorage.setItem(STORE, fragment.get("key"));
              history.replaceState(null, "", location.pathname + location.search);
            }
            const stored = sessionStorage.getItem(STORE);
            if (stored) signIn(stored); else signOut("");
          });
        })();

        """#
}
