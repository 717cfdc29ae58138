// Drives headless Chromium over the DevTools protocol against a running `governor run`, for DashboardBrowserTests.
// Usage: node --experimental-websocket dashboard-driver.mjs '<json config>'
// Config: {base, key, artifacts, timeoutSeconds}. Prints one JSON object with what it observed; the Swift test
// decides what is right. Never prints the key.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";

const config = JSON.parse(process.argv[2]);
const userDir = mkdtempSync("/tmp/governor-chromium-");
const chrome = spawn("/usr/bin/chromium", [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + userDir, "--remote-debugging-port=0",
  "--window-size=1280,900", "--no-first-run", "--no-default-browser-check", "about:blank",
], { stdio: ["ignore", "ignore", "pipe"] });
const observed = { steps: [] };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const deadline = Date.now() + (config.timeoutSeconds || 120) * 1000;

function finish(code) {
  try { chrome.kill("SIGKILL"); } catch (e) {}
  try { rmSync(userDir, { recursive: true, force: true }); } catch (e) {}
  process.stdout.write(JSON.stringify(observed) + "\n");
  process.exit(code);
}

try {
  const wsURL = await new Promise((resolve, reject) => {
    let text = "";
    chrome.stderr.on("data", (chunk) => {
      text += chunk;
      const match = text.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    setTimeout(() => reject(new Error("chromium did not start: " + text.slice(0, 500))), 30000);
  });
  const port = new URL(wsURL).port;
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const socket = new WebSocket(targets.find((t) => t.type === "page").webSocketDebuggerUrl);
  await new Promise((resolve) => socket.addEventListener("open", resolve));
  let nextID = 0;
  const waiting = new Map();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(event.data);
    if (message.id && waiting.has(message.id)) { waiting.get(message.id)(message); waiting.delete(message.id); }
  });
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = ++nextID;
    waiting.set(id, (m) => (m.error ? reject(new Error(method + ": " + m.error.message)) : resolve(m.result)));
    socket.send(JSON.stringify({ id, method, params }));
  });
  const evaluate = async (expression) => {
    const result = await send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true });
    if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails).slice(0, 500));
    return result.result.value;
  };
  const waitFor = async (what, expression, seconds = 30) => {
    const until = Math.min(deadline, Date.now() + seconds * 1000);
    while (Date.now() < until) {
      if (await evaluate(expression)) return true;
      await sleep(100);
    }
    throw new Error("timed out waiting for " + what);
  };
  const screenshot = async (name, width, height, mobile) => {
    await send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile });
    await sleep(400);
    const shot = await send("Page.captureScreenshot", { format: "png" });
    writeFileSync(`${config.artifacts}/${name}.png`, Buffer.from(shot.data, "base64"));
    const full = await send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true });
    writeFileSync(`${config.artifacts}/${name}-full.png`, Buffer.from(full.data, "base64"));
  };
  const pageState = () => evaluate(`(() => {
    const cards = [...document.querySelectorAll("section.card")].map((card) => ({
      id: card.id.replace("card-", ""),
      level: card.dataset.status,
      title: card.querySelector("h2")?.textContent,
      statusText: card.querySelector(".card-head .status-text")?.textContent,
      rows: Object.fromEntries([...card.querySelectorAll("dd[data-key]")].map((dd) => [dd.dataset.key, dd.textContent])),
      svgs: card.querySelectorAll("svg[role=img]").length,
    }));
    return { time: Number(document.body.dataset.daemonTime || 0), stale: document.body.dataset.stale === "true",
      freshness: document.getElementById("freshness").textContent, cards,
      alerts: [...document.querySelectorAll("#alert-list li")].map((li) => ({ name: li.dataset.alertname, state: li.dataset.state })),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      connections: Number(document.body.dataset.connections || 0) };
  })()`);
  const telemetry = async () => {
    const response = await fetch(config.base + "/api/ops/telemetry", { headers: { "X-Dash-Key": config.key } });
    return response.json();
  };
  await send("Page.enable");
  await send("Runtime.enable");
  await send("Network.enable");
  await send("Emulation.setDeviceMetricsOverride", { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false });

  // 1. The page without a key shows the sign-in form, and no data.
  await send("Page.navigate", { url: config.base + "/" });
  await waitFor("the sign-in form", `document.readyState === "complete" && !document.getElementById("login").hidden`);
  observed.withoutKey = await pageState();
  // 2. Signing in with a wrong key is refused; with the right one, the seven cards appear.
  await evaluate(`(() => { document.getElementById("key").value = "wrong-key"; document.getElementById("login").requestSubmit(); return true; })()`);
  await waitFor("the refusal", `document.getElementById("login-error").textContent.length > 0`);
  observed.wrongKeyMessage = await evaluate(`document.getElementById("login-error").textContent`);
  await evaluate(`(() => { document.getElementById("key").value = ${JSON.stringify(config.key)}; document.getElementById("login").requestSubmit(); return true; })()`);
  await waitFor("seven cards", `document.querySelectorAll("section.card").length === 7 && Number(document.body.dataset.daemonTime) > 0`);
  observed.first = await pageState();
  observed.firstTelemetry = await telemetry();
  await sleep(1500);
  observed.second = await pageState();
  await screenshot("dashboard-desktop", 1280, 900, false);

  // 3. The outage: the first time the API says finance is red, and the first time the page shows it.
  for (;;) {
    if (Date.now() > deadline) throw new Error("finance never turned red on the page");
    const [api, page] = [await telemetry(), await pageState()];
    const apiRed = api.components.finance.status === "red";
    const financeCard = page.cards.find((c) => c.id === "finance");
    if (apiRed && !observed.apiRed) observed.apiRed = { wall: Date.now(), time: Date.parse(api.generated_at) };
    if (financeCard.level === "red" && !observed.pageRed) {
      observed.pageRed = { wall: Date.now(), time: page.time, statusText: financeCard.statusText, rows: financeCard.rows };
    }
    if (!observed.apiRed && !observed.pageRed) observed.lastGreen = { time: page.time, level: financeCard.level };
    if (observed.apiRed && observed.pageRed) break;
    await sleep(50);
  }
  await screenshot("dashboard-outage-desktop", 1280, 900, false);

  // 4. Staleness and reconnection: the daemon stops (SIGSTOP) for a while, then goes on.
  process.kill(config.pid, "SIGSTOP");
  try {
    await waitFor("the stale notice", `document.body.dataset.stale === "true"`, 30);
    observed.stale = await pageState();
  } finally {
    process.kill(config.pid, "SIGCONT");
  }
  await waitFor("live data again", `document.body.dataset.stale === "false" && Number(document.body.dataset.daemonTime) > ${observed.stale.time}`, 30);
  observed.reconnected = await pageState();

  // 5. Keyboard: what Tab reaches, in order.
  await evaluate(`(() => { document.activeElement?.blur(); window.scrollTo(0, 0); return true; })()`);
  observed.tabOrder = [];
  for (let i = 0; i < 120; i++) {
    await send("Input.dispatchKeyEvent", { type: "keyDown", key: "Tab", code: "Tab", windowsVirtualKeyCode: 9 });
    await send("Input.dispatchKeyEvent", { type: "keyUp", key: "Tab", code: "Tab", windowsVirtualKeyCode: 9 });
    observed.tabOrder.push(await evaluate(`(() => { const a = document.activeElement; return (a.closest("section")?.id || "page") + " " + a.tagName.toLowerCase() + " " + (a.id || a.textContent.trim().slice(0, 40)); })()`));
  }

  // 6. Intervention: silence a firing alert, with confirmation, then undo.
  await waitFor("a firing alert", `document.querySelector('#alert-list li[data-state="firing"] button') !== null`, 90);
  observed.silenced = await evaluate(`document.querySelector('#alert-list li[data-state="firing"]').dataset.alertname`);
  await evaluate(`(() => { document.querySelector('#alert-list li[data-state="firing"] button').click(); return true; })()`);
  await waitFor("the confirmation", `document.getElementById("confirm-action") !== null`);
  observed.silenceQuestion = await evaluate(`document.querySelector(".confirm span").textContent`);
  await evaluate(`(() => { document.getElementById("silence-duration").value = "1h"; document.getElementById("confirm-action").click(); return true; })()`);
  await waitFor("the undo button", `document.getElementById("undo-action") !== null`);
  observed.silenceResult = await evaluate(`document.getElementById("action-result").textContent`);
  observed.silencesAfter = await (await fetch(config.base + "/api/v2/silences", { headers: { "X-Dash-Key": config.key } })).json();
  await screenshot("dashboard-intervention-desktop", 1280, 900, false);
  await evaluate(`(() => { document.getElementById("undo-action").click(); return true; })()`);
  await waitFor("the undo", `document.getElementById("action-result").textContent.startsWith("Undone")`);
  observed.undoResult = await evaluate(`document.getElementById("action-result").textContent`);
  observed.silencesAfterUndo = await (await fetch(config.base + "/api/v2/silences", { headers: { "X-Dash-Key": config.key } })).json();

  // Run governance now, through its confirmation (only where the daemon serves the actions API).
  observed.actionsAvailable = await evaluate(`document.getElementById("actions-panel").dataset.actions === "available"`);
  if (observed.actionsAvailable) {
    await evaluate(`(() => { [...document.querySelectorAll("#actions-panel button")].find((b) => b.textContent === "Run governance now").click(); return true; })()`);
    await waitFor("the governance confirmation", `document.getElementById("confirm-action") !== null`);
    observed.governanceQuestion = await evaluate(`document.querySelector(".confirm span").textContent`);
    await evaluate(`(() => { document.getElementById("confirm-action").click(); return true; })()`);
    await waitFor("the governance result", `!["", "Working\u2026"].includes(document.getElementById("action-result").textContent)`);
    observed.governanceResult = await evaluate(`document.getElementById("action-result").textContent`);

    // Pause a rule group and resume it, each through its confirmation: the buttons follow the group's state, and
    // the intervention card names the paused groups (after its warning icon).
    const pausedRow = `(document.querySelector('#card-intervention dd[data-key="paused"]')?.lastChild?.textContent || "")`;
    await waitFor("a rule group to choose", `document.querySelectorAll("#group-select option").length > 0`);
    const group = await evaluate(`(() => { const s = document.getElementById("group-select"); s.value = s.options[s.options.length - 1].value; s.dispatchEvent(new Event("change")); return s.value; })()`);
    observed.pause = { group, before: { pauseEnabled: await evaluate(`!document.getElementById("pause-group").disabled`), resumeEnabled: await evaluate(`!document.getElementById("resume-group").disabled`), paused: await evaluate(pausedRow) } };
    await evaluate(`(() => { document.getElementById("pause-group").click(); return true; })()`);
    await waitFor("the pause confirmation", `document.getElementById("confirm-action") !== null`);
    observed.pause.question = await evaluate(`document.querySelector(".confirm span").textContent`);
    await evaluate(`(() => { document.getElementById("confirm-action").click(); return true; })()`);
    await waitFor("the group shown paused", `${pausedRow}.split(", ").includes(${JSON.stringify(group)}) && !document.getElementById("resume-group").disabled`);
    observed.pause.result = await evaluate(`document.getElementById("action-result").textContent`);
    observed.pause.whilePaused = { pauseEnabled: await evaluate(`!document.getElementById("pause-group").disabled`), option: await evaluate(`document.getElementById("group-select").selectedOptions[0].textContent`) };
    await evaluate(`(() => { document.getElementById("resume-group").click(); return true; })()`);
    await waitFor("the resume confirmation", `document.getElementById("confirm-action") !== null`);
    observed.pause.resumeQuestion = await evaluate(`document.querySelector(".confirm span").textContent`);
    await evaluate(`(() => { document.getElementById("confirm-action").click(); return true; })()`);
    await waitFor("the group shown running", `!${pausedRow}.split(", ").includes(${JSON.stringify(group)}) && !document.getElementById("pause-group").disabled`);
    observed.pause.resumeResult = await evaluate(`document.getElementById("action-result").textContent`);
    observed.pause.after = await evaluate(pausedRow);
  }

  // 7. Docs: open one.
  await evaluate(`(() => { const s = document.getElementById("doc-select"); s.value = "dashboard.md"; s.nextElementSibling.click(); return true; })()`);
  await waitFor("a rendered doc", `!document.getElementById("doc-view").hidden && document.querySelector("#doc-view h1") !== null`);
  observed.docHeading = await evaluate(`document.querySelector("#doc-view h1").textContent`);
  await evaluate(`(() => { document.getElementById("show-logs").click(); return true; })()`);
  await waitFor("log tails", `document.querySelectorAll("#log-tails details").length > 0`);
  observed.logTails = await evaluate(`[...document.querySelectorAll("#log-tails summary")].map((s) => s.textContent)`);

  // 8. The phone.
  await evaluate(`(() => { window.scrollTo(0, 0); return true; })()`);
  await screenshot("dashboard-phone", 390, 844, true);
  observed.phone = await pageState();
  await send("Emulation.setEmulatedMedia", { features: [{ name: "prefers-color-scheme", value: "dark" }] });
  await screenshot("dashboard-dark-desktop", 1280, 900, false);
  observed.darkBackground = await evaluate(`getComputedStyle(document.body).backgroundColor`);
  finish(0);
} catch (error) {
  observed.error = String(error && error.stack || error);
  finish(1);
}
