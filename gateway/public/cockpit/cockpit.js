// The cockpit page reads the graph like any frontend: one query, then cards and charts. Every card
// shows its formula on hover. It refreshes itself every minute.
"use strict";

const QUERY = `query Cockpit($filter: CockpitFilter!) {
  cockpit(filter: $filter) {
    key
    intake {
      visitorTimes { value sameperiodLastYear formula }
      disputesAccepted { value sameperiodLastYear formula }
      channels { label count }
      zeroRunRate { value numerator denominator formula sameperiodLastYear }
      oneRunRate { value numerator denominator formula sameperiodLastYear }
      onTheSpotRate { value numerator denominator formula sameperiodLastYear }
    }
    overall {
      closedRate { value numerator denominator formula sameperiodLastYear }
      onTimeRate { value numerator denominator formula sameperiodLastYear }
      satisfactionRate { value numerator denominator formula sameperiodLastYear }
      topCategories { label count }
      overdueOpen { value formula }
    }
  }
}`;

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
  status.textContent = "加载中…";
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
    body: JSON.stringify({ query: QUERY, variables: { filter: scope } }),
  });
  const { data, errors } = await response.json();
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
window.addEventListener("resize", () => Object.values(charts).forEach((c) => c.resize()));
load();
setInterval(load, 60_000);
