// The cockpit page reads the graph like any frontend: one query, then cards, charts and lists. Every card
// shows its formula on hover. It then follows the cockpitChanged subscription and redraws the figures as they
// change (实时); without it, it reads the page again every minute.
"use strict";

// The page's operations live in cockpit.graphql, each registered as a trusted document (a production
// gateway runs nothing else).
let operations;
const cockpitOperations = async () => (operations ??= await fetch("cockpit.graphql").then((r) => r.text()));

/**
 * One operation of a .graphql source as it was registered: the operation, then the fragments it uses in the
 * order they are first spread, as `npm run register-operations` prints it (the gateway compares documents
 * printed canonically, so comments and layout do not matter, but which definitions and their order do).
 */
function operationDocument(source, name) {
  const definitions = source
    .replace(/#[^\n]*/g, "")
    .split(/^(?=(?:query|mutation|subscription|fragment)\b)/m)
    .map((d) => d.trim());
  const named = (pattern) => definitions.find((d) => new RegExp(`^${pattern}\\b`).test(d));
  const operation = named(`(?:query|mutation|subscription)\\s+${name}`);
  if (!operation) throw new Error(`cockpit.graphql has no operation ${name}`);
  const used = new Map();
  const collect = (text) => {
    for (const [, spread] of text.matchAll(/\.\.\.\s*(?!on\b)([_A-Za-z]\w*)/g)) {
      if (used.has(spread)) continue;
      used.set(spread, named(`fragment\\s+${spread}`) ?? "");
      collect(used.get(spread));
    }
  };
  collect(operation);
  return [operation, ...used.values()].join("\n\n");
}

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
  stopFollowing();
  document.getElementById("sign-in").hidden = false;
  document.querySelector("main").hidden = true;
  document.getElementById("status").textContent = reason ?? "请先登录";
  // `npm start` (development) offers a cockpit-viewer token; a production gateway has no such route.
  const offer = await fetch("/dev/token?role=cockpitViewer", { method: "HEAD" }).then(
    (r) => r.ok,
    () => false,
  );
  document.getElementById("dev-token").hidden = !offer;
}

function signIn(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
  document.getElementById("sign-in").hidden = true;
  document.querySelector("main").hidden = false;
  start();
}

const CHANNEL_LABELS = {
  WALK_IN: "窗口来访",
  HOTLINE_12345: "12345转办",
  ONLINE: "网上/浙里办",
  GRID_WORKER: "网格员上报",
  LETTER: "来信",
  PETITION_AGENT: "信访代办",
};
const ALERT_KINDS = {
  SURGE: "投诉激增",
  REPEATED_PETITION: "重复诉求",
  GROUP_DISPUTE: "群体性纠纷",
  DUE_SOON: "即将超期",
};
const ALERT_STATUSES = { NEW: "新预警", ACKNOWLEDGED: "已签收", HANDLED: "已处置" };
// What an alert's count counts depends on its kind (see Alert.count in the graph).
const ALERT_COUNTS = {
  SURGE: (n) => `${n} 件投诉`,
  REPEATED_PETITION: (n) => `${n} 件纠纷`,
  GROUP_DISPUTE: (n) => `${n} 人`,
  DUE_SOON: (n) => `剩 ${n} 天`,
};
const percent = (v) => (v === null || v === undefined ? "—" : `${(v * 100).toFixed(1)}%`);
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const chinaTime = (iso) =>
  new Date(iso).toLocaleString("zh-CN", {
    timeZone: "Asia/Shanghai",
    hour12: false,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });

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

// Trend buckets for a period (both days inclusive, YYYY-MM-DD): days up to 62 days, weeks up to a year,
// months beyond, so that a chart holds a readable number of points.
function granularityFor(from, to) {
  const day = (s) => Date.parse(`${s}T00:00:00Z`);
  const days = (day(to) - day(from)) / 86_400_000 + 1;
  if (days <= 62) return "DAY";
  const aYearLater = new Date(day(from));
  aYearLater.setUTCFullYear(aYearLater.getUTCFullYear() + 1);
  return day(to) < aYearLater.getTime() ? "WEEK" : "MONTH";
}

function card(id, label, value, compare, formula) {
  return `<div class="card" data-measure="${escapeHtml(id)}" title="${escapeHtml(formula)}" tabindex="0" aria-label="${escapeHtml(`${label}：${value}（${compare}）。${formula}`)}">
    <div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div><div class="compare">${escapeHtml(compare)}</div></div>`;
}
const sameDaysLastYear = (m, format = (v) => v) =>
  `同比：${m.sameperiodLastYear === null || m.sameperiodLastYear === undefined ? "—" : format(m.sameperiodLastYear)}`;
const countCard = (id, label, m) => card(id, label, String(m.value), sameDaysLastYear(m), m.formula);
const rateCard = (id, label, m) =>
  card(id, label, percent(m.value), `${m.numerator}/${m.denominator} · ${sameDaysLastYear(m, percent)}`, m.formula);

const charts = {};
function chart(id) {
  charts[id] ??= echarts.init(document.getElementById(id), "dark", { renderer: "canvas" });
  return charts[id];
}
const chartBase = (title) => ({
  backgroundColor: "transparent",
  animation: false,
  title: { text: title, left: 12, top: 8, textStyle: { fontSize: 14 } },
});

const TREND_UNITS = { DAY: "按日", WEEK: "按周", MONTH: "按月" };
function bucketLabel(start, granularity) {
  return granularity === "MONTH" ? start.slice(0, 7) : granularity === "WEEK" ? `${start.slice(5)}周` : start.slice(5);
}
function drawTrend(trend) {
  const labels = trend.registered.map((p) => bucketLabel(p.start, trend.granularity));
  const lastYearStarts = trend.registeredLastYear.map((p) => p.start);
  chart("trend").setOption({
    ...chartBase(`受理与办结趋势（${TREND_UNITS[trend.granularity]}）`),
    tooltip: {
      trigger: "axis",
      // Last year's buckets start on last year's days: say which.
      formatter: (items) =>
        [
          `${trend.registered[items[0].dataIndex].start} 起`,
          ...items.map(
            (i) =>
              `${i.marker}${i.seriesName}${i.seriesIndex === 2 ? `（${lastYearStarts[i.dataIndex]} 起）` : ""}：${i.value}`,
          ),
        ].join("<br/>"),
    },
    legend: { top: 8, right: 12 },
    grid: { left: 48, right: 24, top: 48, bottom: 32 },
    xAxis: { type: "category", boundaryGap: false, data: labels },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      { name: "受理", type: "line", showSymbol: labels.length <= 62, data: trend.registered.map((p) => p.count) },
      { name: "办结", type: "line", showSymbol: labels.length <= 62, data: trend.closed.map((p) => p.count) },
      {
        name: "去年同期受理",
        type: "line",
        showSymbol: false,
        lineStyle: { type: "dashed" },
        data: trend.registeredLastYear.map((p) => p.count),
      },
    ],
  });
}

// Places by name (乡镇街道), the code in the tooltip; a code the reference table does not know shows as itself.
function drawRegions(places) {
  const list = document.getElementById("regions");
  const most = Math.max(1, ...places.map((r) => r.count));
  list.innerHTML = places.length
    ? places
        .map(
          (
            r,
          ) => `<li data-region="${escapeHtml(r.code)}" title="${escapeHtml(r.code)}"><span class="region">${escapeHtml(r.name ?? r.code)}</span>
            <span class="bar" aria-hidden="true"><span style="width:${((r.count / most) * 100).toFixed(1)}%"></span></span>
            <span class="count">${r.count}</span></li>`,
        )
        .join("")
    : `<li class="empty">本期无受理记录</li>`;
}

function drawAlerts(alerts) {
  const list = document.getElementById("alerts");
  list.innerHTML = alerts.length
    ? alerts
        .map(
          (
            a,
          ) => `<li data-alert="${escapeHtml(a.id)}" data-kind="${escapeHtml(a.kind)}" data-status="${escapeHtml(a.status)}">
            <span class="badge kind-${escapeHtml(a.kind)}">${escapeHtml(ALERT_KINDS[a.kind] ?? a.kind)}</span>
            <span class="badge status-${escapeHtml(a.status)}">${escapeHtml(ALERT_STATUSES[a.status] ?? a.status)}</span>
            <span class="summary">${escapeHtml(a.summary)}</span>
            <span class="figure">${escapeHtml((ALERT_COUNTS[a.kind] ?? String)(a.count))}</span>
            <time datetime="${escapeHtml(a.raisedAt)}">${escapeHtml(chinaTime(a.raisedAt))}</time></li>`,
        )
        .join("")
    : `<li class="empty">暂无未处置预警</li>`;
}

// Each department's cards; a department that cannot answer leaves its section null (with an error for
// that field) and the rest of the page still renders.
const DEPARTMENT_CARDS = {
  mediation: (s) => [
    countCard("mediation.acceptedCases", "调解受理", s.acceptedCases),
    rateCard("mediation.successRate", "调解成功率", s.successRate),
    rateCard("mediation.agreementPerformanceRate", "协议履行率", s.agreementPerformanceRate),
    card(
      "mediation.overdueOpenCases",
      "超期未结",
      String(s.overdueOpenCases.value),
      "当前",
      s.overdueOpenCases.formula,
    ),
  ],
  arbitration: (s) => [
    countCard("arbitration.accepted", "仲裁受理", s.accepted),
    rateCard("arbitration.awardedOnTime", "按期裁决率", s.awardedOnTime),
    rateCard("arbitration.finalAwardShare", "一裁终局占比", s.finalAwardShare),
  ],
  litigation: (s) => [
    rateCard("litigation.preFilingResolutionRate", "诉前化解率", s.preFilingResolutionRate),
    rateCard("litigation.confirmationRate", "司法确认率", s.confirmationRate),
    countCard("litigation.enforcementsApplied", "执行申请", s.enforcementsApplied),
  ],
  legalAid: (s) => [
    countCard("legalAid.applications", "法律援助申请", s.applications),
    rateCard("legalAid.grantRate", "法律援助准予率", s.grantRate),
    card(
      "legalAid.averageDaysToDecision",
      "平均审查天数",
      s.averageDaysToDecision.value === null ? "—" : s.averageDaysToDecision.value.toFixed(1),
      `${s.averageDaysToDecision.decided} 件已决定`,
      s.averageDaysToDecision.formula,
    ),
  ],
};

// The gateway names the department in an outage's error (extensions.subgraph), not always the field.
const DEPARTMENT_SUBGRAPHS = {
  mediation: "mediation",
  arbitration: "arbitration",
  litigation: "litigation",
  legalAid: "legal-aid",
};

function drawDepartment(name, section, error) {
  const root = document.getElementById(`dept-${name}`);
  const cards = root.querySelector(".cards");
  const note = root.querySelector(".section-note");
  const committees = name === "mediation" ? document.getElementById("committees") : null;
  root.dataset.available = String(Boolean(section));
  if (!section) {
    const reason = error?.extensions?.messageZh ?? error?.message ?? "";
    cards.innerHTML = `<p class="unavailable" title="${escapeHtml(reason)}">暂不可用</p>`;
    note.textContent = "";
    if (committees) committees.hidden = true;
    return;
  }
  cards.innerHTML = DEPARTMENT_CARDS[name](section).join("");
  note.textContent = section.note ?? "";
  if (committees) {
    committees.hidden = false;
    const byCommittee = [...section.byCommittee].reverse();
    chart("committees").setOption({
      ...chartBase("各调委会受理件数"),
      tooltip: { trigger: "axis" },
      grid: { left: 230, right: 24, top: 40, bottom: 24 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: {
        type: "category",
        data: byCommittee.map((c) => c.label),
        axisLabel: { width: 210, overflow: "truncate" },
      },
      series: [{ type: "bar", name: "受理件数", data: byCommittee.map((c) => c.count) }],
    });
    chart("committees").resize();
  }
}

/** When the reads drawn began (an older answer never replaces a newer one), and when figures were last drawn. */
let drawnFrom = 0;
let alertsFrom = 0;
let updatedAt;

/** "实时" while the page follows the subscription, and when the figures were last drawn. */
function showStatus() {
  const status = document.getElementById("status");
  status.classList.toggle("live", live.open);
  if (updatedAt) status.textContent = `${live.open ? "实时 · " : ""}已更新 ${updatedAt.toLocaleTimeString("zh-CN")}`;
}

/** The page's filter and trend buckets: the query's and the subscription's variables. */
function pageVariables() {
  const filter = scopeFromPage();
  return { filter, granularity: granularityFor(filter.from, filter.to) };
}

async function load() {
  const variables = pageVariables();
  const form = document.getElementById("scope");
  for (const [k, v] of Object.entries(variables.filter)) form.elements[k].value = v ?? "";
  const status = document.getElementById("status");
  const token = currentToken();
  if (!token) return showSignIn();
  if (!live.open) status.textContent = "加载中…";
  const began = Date.now();
  const response = await fetch("/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "apollo-require-preflight": "true",
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({
      operationName: "Cockpit",
      query: operationDocument(await cockpitOperations(), "Cockpit"),
      variables,
    }),
  });
  const { data, errors } = await response.json();
  // Signed out (or in as someone else) meanwhile: this answer is not theirs to see.
  if (currentToken() !== token) return;
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
  drawFigures(data.cockpit, errors, "cockpit", began);
  if (began >= alertsFrom) {
    alertsFrom = began;
    drawAlerts((data.alerts?.edges ?? []).map((edge) => edge.node));
  }
}

/** Cards, charts and departments from a Cockpit (the query's or the subscription's, `root` naming its field). */
function drawFigures(cockpit, errors, root, readBegan) {
  if (readBegan < drawnFrom) return;
  drawnFrom = readBegan;
  const { intake, overall, trend } = cockpit;
  document.getElementById("cards").innerHTML = [
    intake && countCard("disputesAccepted", "纠纷总数", intake.disputesAccepted),
    intake && countCard("visitorTimes", "接待人次", intake.visitorTimes),
    intake &&
      card(
        "zeroRunRate",
        "零跑率",
        percent(intake.zeroRunRate.value),
        `${intake.zeroRunRate.numerator}/${intake.zeroRunRate.denominator}`,
        intake.zeroRunRate.formula,
      ),
    intake &&
      card(
        "oneRunRate",
        "只跑一次率",
        percent(intake.oneRunRate.value),
        `${intake.oneRunRate.numerator}/${intake.oneRunRate.denominator}`,
        intake.oneRunRate.formula,
      ),
    intake &&
      card(
        "onTheSpotRate",
        "当场办结率",
        percent(intake.onTheSpotRate.value),
        `${intake.onTheSpotRate.numerator}/${intake.onTheSpotRate.denominator}`,
        intake.onTheSpotRate.formula,
      ),
    overall &&
      card(
        "closedRate",
        "办结率",
        percent(overall.closedRate.value),
        sameDaysLastYear(overall.closedRate, percent),
        overall.closedRate.formula,
      ),
    overall &&
      card(
        "onTimeRate",
        "按时办结率",
        percent(overall.onTimeRate.value),
        sameDaysLastYear(overall.onTimeRate, percent),
        overall.onTimeRate.formula,
      ),
    overall &&
      card(
        "satisfactionRate",
        "满意率",
        percent(overall.satisfactionRate.value),
        sameDaysLastYear(overall.satisfactionRate, percent),
        overall.satisfactionRate.formula,
      ),
    overall &&
      card("overdueOpen", "超期未办结", String(overall.overdueOpen.value), "当前", overall.overdueOpen.formula),
  ]
    .filter(Boolean)
    .join("");

  if (trend) drawTrend(trend);
  if (intake) {
    chart("channels").setOption({
      ...chartBase("受理渠道"),
      tooltip: { trigger: "item" },
      series: [
        {
          type: "pie",
          radius: ["35%", "65%"],
          top: 30,
          data: intake.channels.map((c) => ({ name: CHANNEL_LABELS[c.label] ?? c.label, value: c.count })),
        },
      ],
    });
    chart("rates").setOption({
      ...chartBase("跑动与当场办结"),
      tooltip: { trigger: "axis", valueFormatter: percent },
      xAxis: { type: "category", data: ["零跑率", "只跑一次率", "当场办结率"] },
      yAxis: { type: "value", max: 1, axisLabel: { formatter: (v) => `${v * 100}%` } },
      series: [
        {
          type: "bar",
          data: [intake.zeroRunRate.value ?? 0, intake.oneRunRate.value ?? 0, intake.onTheSpotRate.value ?? 0],
        },
      ],
    });
    drawRegions(intake.places);
  }
  if (overall) {
    chart("categories").setOption({
      ...chartBase("纠纷类别（前五）"),
      tooltip: { trigger: "axis" },
      grid: { left: 110 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: overall.topCategories.map((c) => c.label).reverse() },
      series: [{ type: "bar", data: overall.topCategories.map((c) => c.count).reverse() }],
    });
  }
  for (const [name, subgraph] of Object.entries(DEPARTMENT_SUBGRAPHS)) {
    const error = errors?.find(
      (e) => (e.path?.[0] === root && e.path?.[1] === name) || e.extensions?.subgraph === subgraph,
    );
    drawDepartment(name, cockpit[name], error);
  }
  updatedAt = new Date();
  showStatus();
  document.body.dataset.loaded = cockpit.key;
}

// Live figures (实时): the page follows cockpitChanged over Server-Sent Events (graphql-sse's distinct
// connections: POST /graphql with Accept: text/event-stream), for the filter it shows. The gateway sends the
// figures again only when they change; each result carries an `id:` the page sends back as Last-Event-ID when
// it reconnects, so that nothing stored meanwhile is missed. A stream that fails or ends is opened again after
// a growing pause, and the minute's refresh runs until it is back.
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000];
/** A stream open this long counts as a success: the next failure waits the shortest pause again. */
const HEALTHY_MS = 60_000;
const live = {
  generation: 0,
  controller: undefined,
  retry: undefined,
  lastEventId: undefined,
  failures: 0,
  open: false,
  openedAt: undefined,
};

function setLive(open) {
  live.open = open;
  showStatus();
}

/** Closes the stream (signing out, or before following another filter). */
function stopFollowing() {
  live.generation += 1;
  live.controller?.abort();
  clearTimeout(live.retry);
  Object.assign(live, {
    controller: undefined,
    retry: undefined,
    lastEventId: undefined,
    failures: 0,
    openedAt: undefined,
  });
  setLive(false);
}

/** Follows the page's current filter, closing the stream of the previous one. */
function follow() {
  stopFollowing();
  if (currentToken()) void connect(live.generation);
}

async function connect(generation) {
  const current = () => generation === live.generation;
  const controller = (live.controller = new AbortController());
  let outcome;
  try {
    outcome = await followStream(controller.signal, current);
  } catch {
    outcome = "retry"; // the network, or the stream cut
  }
  controller.abort();
  if (!current()) return;
  setLive(false);
  if (outcome === "stop") return;
  if (live.openedAt !== undefined && Date.now() - live.openedAt >= HEALTHY_MS) live.failures = 0;
  live.openedAt = undefined;
  const pause = RETRY_MS[Math.min(live.failures, RETRY_MS.length - 1)];
  live.failures += 1;
  live.retry = setTimeout(() => current() && void connect(generation), pause);
}

/** Reads one stream until it ends: "retry" to open it again later, "stop" when it would be refused again. */
async function followStream(signal, current) {
  const token = currentToken();
  if (!token) return "stop";
  const resumeFrom = live.lastEventId;
  const response = await fetch("/graphql", {
    method: "POST",
    signal,
    headers: {
      accept: "text/event-stream",
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      ...(resumeFrom ? { "last-event-id": resumeFrom } : {}),
    },
    body: JSON.stringify({
      operationName: "CockpitChanged",
      query: operationDocument(await cockpitOperations(), "CockpitChanged"),
      variables: pageVariables(),
    }),
  });
  if (response.status === 401) {
    void load(); // shows the sign-in box
    return "stop";
  }
  if (!response.ok || !response.headers.get("content-type")?.startsWith("text/event-stream")) return "retry";
  const opened = () => {
    // The gateway answers once the subscription follows the feed. Without a position to resume from, what
    // was stored between the page's read and now is read once.
    live.openedAt = Date.now();
    setLive(true);
    if (!resumeFrom) void load();
  };
  for await (const event of serverSentEvents(response.body)) {
    if (!current()) return "stop";
    if (event.type === "open") {
      opened();
    } else if (event.type === "next") {
      if (event.id) live.lastEventId = event.id;
      const result = JSON.parse(event.data);
      const code = result.errors?.[0]?.extensions?.code;
      if (result.data?.cockpitChanged) {
        if (!live.open) opened();
        drawFigures(result.data.cockpitChanged, result.errors, "cockpitChanged", Date.now());
      } else if (code === "REFETCH") {
        if (!live.open) opened();
        void load(); // too much changed while away: read the page again; live results follow
      } else if (code === "UNAUTHENTICATED") {
        void load(); // the token expired: load() shows the sign-in box
        return "stop";
      } else if (code === "FORBIDDEN") {
        return "stop";
      } else if (code === "BAD_USER_INPUT" && resumeFrom) {
        live.lastEventId = undefined; // a position the gateway no longer takes: start afresh
        return "retry";
      } else {
        return "retry"; // refused for now (starting, rate limited, feed unavailable, ...)
      }
    } else if (event.type === "complete") {
      return "retry";
    }
  }
  return "retry";
}

/**
 * The events of a text/event-stream body: "next" and "complete", and "open" when the stream's first comment
 * comes alone (a refused subscription sends its error and "complete" right behind it).
 */
async function* serverSentEvents(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let opened = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer = (buffer + value).replace(/\r\n/g, "\n");
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = { type: undefined, data: [], id: undefined };
        for (const line of block.split("\n")) {
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
          if (field === "event") event.type = text;
          else if (field === "data") event.data.push(text);
          else if (field === "id") event.id = text;
        }
        if (!opened && !event.type && !buffer.includes("\n\n")) yield { type: "open" };
        opened = true;
        if (event.type) yield { type: event.type, data: event.data.join("\n"), id: event.id };
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** Reads the page, then follows it. */
function start() {
  void load();
  follow();
}

document.getElementById("scope").addEventListener("submit", (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(event.target)) if (v) params.set(k, String(v));
  history.replaceState(null, "", `?${params}`);
  start();
});
document.getElementById("sign-in-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const token = new FormData(event.target).get("token");
  if (token)
    signIn(
      String(token)
        .trim()
        .replace(/^Bearer\s+/i, ""),
    );
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
start();
// Refresh every minute while signed in and not live; load() shows the sign-in box otherwise. While live, every
// fifth minute: the alerts list is not part of the subscription.
let minutes = 0;
setInterval(() => {
  minutes += 1;
  if (currentToken() && (!live.open || minutes % 5 === 0)) void load();
}, 60_000);
