// The cockpit page reads the graph like any frontend: one query, then cards and charts. Every card
// shows its formula on hover. It refreshes itself every minute.
"use strict";

// The query lives in cockpit.graphql, the file registered as a trusted document (a production gateway
// runs nothing else).
let query;
const cockpitQuery = async () => (query ??= await fetch("cockpit.graphql").then((r) => r.text()));

// The caller's bearer token: taken from the URL fragment (`/cockpit/#token=...`, which browsers never send
// to the server) or the sign-in box, kept for this tab only, and removed from the address bar at once.
const TOKEN_KEY = "onedoor.cockpit.token";
function takeTokenFromFragment() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const token = fragment.get("token");
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
}
const currentToken = () => sessionStorage.getItem(TOKEN_KEY);

async function showSignIn(reason) {
  document.getElementById("sign-in").hidden = false;
  document.querySelector("main").hidden = true;
  document.getElementById("status").textContent = reason ?? "请先登录";
  // `npm start` (development) offers a cockpit-viewer token; a production gateway has no such route.
  const offer = await fetch("/dev/token?role=cockpitViewer", { method: "HEAD" }).then((r) => r.ok, () => false);
  document.getElementById("dev-token").hidden = !offer;
}

function signIn(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
  document.getElementById("sign-in").hidden = true;
  document.querySelector("main").hidden = false;
  load();
}

const CHANNEL_LABELS = { WALK_IN: "窗口来访", HOTLINE_12345: "12345转办", ONLINE: "网上/浙里办", GRID_WORKER: "网格员上报", LETTER: "来信", PETITION_AGENT: "信访代办" };
const percent = (v) => (v === null || v === undefined ? "—" : `${(v * 100).toFixed(1)}%`);

function scopeFromPage() {
  const params = new URLSearchParams(location.search);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return {
    from: params.get("from") || `${today.slice(0, 4)}-01-01`,
    to: params.get("to") || today,
    regionCode: params.get("regionCode") || null,
    category: params.get("category") || null,
  };
}

function card(id, label, value, compare, formula) {
  return `<div class="card" data-measure="${id}" title="${formula.replace(/"/g, "&quot;")}">
    <div class="label">${label}</div><div class="value">${value}</div><div class="compare">${compare}</div></div>`;
}

const charts = {};
function chart(id) {
  charts[id] ??= echarts.init(document.getElementById(id), "dark", { renderer: "canvas" });
  return charts[id];
}

async function load() {
  const scope = scopeFromPage();
  const form = document.getElementById("scope");
  for (const [k, v] of Object.entries(scope)) form.elements[k].value = v ?? "";
  const status = document.getElementById("status");
  const token = currentToken();
  if (!token) return showSignIn();
  status.textContent = "加载中…";
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${token}` },
    body: JSON.stringify({ operationName: "Cockpit", query: await cockpitQuery(), variables: { filter: scope } }),
  });
  const { data, errors } = await response.json();
  const code = errors?.[0]?.extensions?.code;
  if (response.status === 401 || code === "UNAUTHENTICATED") {
    sessionStorage.removeItem(TOKEN_KEY);
    return showSignIn("登录已失效，请重新登录");
  }
  if (code === "FORBIDDEN" && !data?.cockpit?.intake && !data?.cockpit?.overall) {
    return showSignIn("该账号无权查看驾驶舱，请换用驾驶舱查看或指挥长账号");
  }
  if (!data?.cockpit) {
    status.textContent = `加载失败：${errors?.[0]?.extensions?.messageZh ?? errors?.[0]?.message ?? response.status}`;
    return;
  }
  const { intake, overall } = data.cockpit;
  const lastYear = (m, format = (v) => v) => `同比：${m.sameperiodLastYear === null ? "—" : format(m.sameperiodLastYear)}`;
  document.getElementById("cards").innerHTML = [
    intake && card("disputesAccepted", "纠纷总数", intake.disputesAccepted.value, lastYear(intake.disputesAccepted), intake.disputesAccepted.formula),
    intake && card("visitorTimes", "接待人次", intake.visitorTimes.value, lastYear(intake.visitorTimes), intake.visitorTimes.formula),
    intake && card("zeroRunRate", "零跑率", percent(intake.zeroRunRate.value), `${intake.zeroRunRate.numerator}/${intake.zeroRunRate.denominator}`, intake.zeroRunRate.formula),
    intake && card("oneRunRate", "只跑一次率", percent(intake.oneRunRate.value), `${intake.oneRunRate.numerator}/${intake.oneRunRate.denominator}`, intake.oneRunRate.formula),
    intake && card("onTheSpotRate", "当场办结率", percent(intake.onTheSpotRate.value), `${intake.onTheSpotRate.numerator}/${intake.onTheSpotRate.denominator}`, intake.onTheSpotRate.formula),
    overall && card("closedRate", "办结率", percent(overall.closedRate.value), lastYear(overall.closedRate, percent), overall.closedRate.formula),
    overall && card("onTimeRate", "按时办结率", percent(overall.onTimeRate.value), lastYear(overall.onTimeRate, percent), overall.onTimeRate.formula),
    overall && card("satisfactionRate", "满意率", percent(overall.satisfactionRate.value), lastYear(overall.satisfactionRate, percent), overall.satisfactionRate.formula),
    overall && card("overdueOpen", "超期未办结", overall.overdueOpen.value, "当前", overall.overdueOpen.formula),
  ].filter(Boolean).join("");

  if (intake) {
    chart("channels").setOption({
      backgroundColor: "transparent",
      animation: false,
      title: { text: "受理渠道", left: 12, top: 8, textStyle: { fontSize: 14 } },
      tooltip: { trigger: "item" },
      series: [{ type: "pie", radius: ["35%", "65%"], top: 30, data: intake.channels.map((c) => ({ name: CHANNEL_LABELS[c.label] ?? c.label, value: c.count })) }],
    });
    chart("rates").setOption({
      backgroundColor: "transparent",
      animation: false,
      title: { text: "跑动与当场办结", left: 12, top: 8, textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis", valueFormatter: percent },
      xAxis: { type: "category", data: ["零跑率", "只跑一次率", "当场办结率"] },
      yAxis: { type: "value", max: 1, axisLabel: { formatter: (v) => `${v * 100}%` } },
      series: [{ type: "bar", data: [intake.zeroRunRate.value ?? 0, intake.oneRunRate.value ?? 0, intake.onTheSpotRate.value ?? 0] }],
    });
  }
  if (overall) {
    chart("categories").setOption({
      backgroundColor: "transparent",
      animation: false,
      title: { text: "纠纷类别（前五）", left: 12, top: 8, textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      grid: { left: 110 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: overall.topCategories.map((c) => c.label).reverse() },
      series: [{ type: "bar", data: overall.topCategories.map((c) => c.count).reverse() }],
    });
  }
  status.textContent = `已更新 ${new Date().toLocaleTimeString("zh-CN")}`;
  document.body.dataset.loaded = data.cockpit.key;
}

document.getElementById("scope").addEventListener("submit", (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(event.target)) if (v) params.set(k, String(v));
  history.replaceState(null, "", `?${params}`);
  load();
});
document.getElementById("sign-in-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const token = new FormData(event.target).get("token");
  if (token) signIn(String(token).trim().replace(/^Bearer\s+/i, ""));
});
document.getElementById("dev-token").addEventListener("click", async () => {
  const response = await fetch("/dev/token?role=cockpitViewer");
  if (response.ok) signIn((await response.json()).token);
});
document.getElementById("sign-out").addEventListener("click", () => {
  sessionStorage.removeItem(TOKEN_KEY);
  showSignIn("已退出");
});
window.addEventListener("resize", () => Object.values(charts).forEach((c) => c.resize()));
takeTokenFromFragment();
load();
// Refresh only while signed in; load() shows the sign-in box otherwise.
setInterval(() => currentToken() && load(), 60_000);
