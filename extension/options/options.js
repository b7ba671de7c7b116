/* PaperLens options: the server address (validated, stored in chrome.storage) and a connection test. */
"use strict";

const $ = (id) => document.getElementById(id);
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const C = PaperLensCommon;

function message(text, ok) {
  const el = $("save-msg");
  el.textContent = text;
  el.classList.toggle("ok", !!ok);
  el.classList.toggle("error", !ok && !!text);
}

async function save(value) {
  const v = C.validateServerUrl(value);
  if (!v.ok) {
    message(v.error, false);
    $("server").setAttribute("aria-invalid", "true");
    return false;
  }
  $("server").removeAttribute("aria-invalid");
  await chrome.storage.local.set({ [C.STORAGE_KEY]: v.url });
  $("server").value = v.url;
  message("Saved: " + v.url, true);
  return true;
}

function showHealth(r) {
  const st = $("health-status");
  st.classList.remove("online", "offline");
  st.classList.add(r.ok ? "online" : "offline");
  $("health-text").textContent = r.ok ? `Connected to ${r.server}` : `No PaperLens server at ${r.server}: ${r.message}`;
  $("health-version").textContent = r.ok ? String(r.health.version || "?") : "–";
  $("health-pipeline").textContent = r.ok ? String(r.health.pipeline || "?") : "–";
  const box = $("health-labels");
  box.replaceChildren();
  for (const l of r.ok ? r.health.labels || [] : []) {
    if (!l || typeof l.label !== "string") continue;
    const s = document.createElement("span");
    s.className = "swatch";
    s.dataset.label = l.label;
    s.title = typeof l.description === "string" ? l.description : "";
    if (HEX.test(l.color || "")) s.style.setProperty("--c", l.color);
    if (HEX.test(l.dark_color || "")) s.style.setProperty("--cd", l.dark_color);
    s.append(document.createElement("i"), document.createTextNode(l.label));
    box.appendChild(s);
  }
}

async function test() {
  $("test").disabled = true;
  $("health-text").textContent = "Testing…";
  try {
    // test what is typed: save it first when it is valid and changed
    const v = C.validateServerUrl($("server").value);
    if (!v.ok) {
      message(v.error, false);
      $("health-text").textContent = "Not tested: the address is not valid";
      return;
    }
    if (v.url !== (await C.getServerUrl())) await save(v.url);
    showHealth(await chrome.runtime.sendMessage({ type: "paperlens:health" }));
  } finally {
    $("test").disabled = false;
  }
}

async function saveToken() {
  const server = await C.getServerUrl();
  const value = $("token").value.trim();
  const el = $("token-msg");
  if (!value) {
    await C.setToken(server, null);
    el.textContent = "Token removed; the extension will pair again.";
    return;
  }
  if (!/^[A-Za-z0-9_-]{32,128}$/.test(value)) {
    el.textContent = "That is not a PaperLens token: copy the whole line `paperlens token` prints.";
    return;
  }
  await C.setToken(server, value);
  el.textContent = "Token saved for " + server + ".";
}

async function main() {
  $("server").value = await C.getServerUrl();
  $("token-form").addEventListener("submit", async (ev) => { ev.preventDefault(); await saveToken(); });
  $("form").addEventListener("submit", async (ev) => { ev.preventDefault(); await save($("server").value); });
  $("test").addEventListener("click", test);
  $("reset").addEventListener("click", async () => { await save(C.DEFAULT_SERVER); });
}

main();
