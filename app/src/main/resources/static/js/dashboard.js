// Charts of the workspace dashboard, drawn with ECharts (served by the application, no CDN) from the
// data block #dashboard-chart-data (JSON written by the server, labels already in the page's
// language). Every chart has a table with the same data next to it. Numbers are formatted in the
// page's language; texts shown in tooltips are escaped (ECharts shows a formatter's string as HTML).
(function () {
  "use strict";
  const holder = document.getElementById("dashboard-chart-data");
  if (holder === null || typeof echarts === "undefined") {
    return;
  }
  const data = JSON.parse(holder.textContent);
  const labels = data.labels;
  const lang = document.documentElement.lang || "en";
  const tonnes = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const score = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 3 });
  const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 });
  const escape = echarts.format.encodeHTML;
  const colon = lang === "fr" ? "\u202f: " : ": ";
  const levelColors = { very_low: "#1a9850", low: "#91cf60", medium: "#fee08b", high: "#fc8d59",
    very_high: "#d73027", none: "#d9d9d9" };
  const palette = ["#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363", "#9ecae1"];
  const charts = [];

  function init(id) {
    const element = document.getElementById(id);
    if (element === null) {
      return null;
    }
    const chart = echarts.init(element, null, { renderer: "svg" });
    charts.push(chart);
    return chart;
  }

  function line(name, value, format) {
    return escape(name) + escape(colon) + escape(format(value));
  }

  function axisTooltip(format) {
    return {
      trigger: "axis", axisPointer: { type: "shadow" },
      formatter: (items) => escape(items[0].axisValueLabel)
        + items.map((p) => "<br>" + p.marker + line(p.seriesName, p.value, format)).join(""),
    };
  }

  // Priority ranking: one horizontal stacked bar per supply chain, rank 1 at the top.
  const ranking = init("chart-ranking");
  if (ranking) {
    const names = data.ranking.names.slice().reverse();
    ranking.setOption({
      animation: false, color: palette,
      tooltip: axisTooltip((v) => score.format(v)),
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
      xAxis: { type: "value", name: labels.score, nameLocation: "middle", nameGap: 28, max: 1 },
      yAxis: { type: "category", data: names },
      series: data.ranking.components.map((s) => ({
        name: s.name, type: "bar", stack: "score", data: s.values.slice().reverse(),
      })),
    });
  }

  // Exposure by stage: mass whose country is known, estimated, or recycled.
  const stages = init("chart-stages");
  if (stages) {
    const colors = { known: "#31a354", estimated: "#fdae6b", recycled: "#6baed6" };
    stages.setOption({
      animation: false,
      tooltip: axisTooltip((v) => tonnes.format(v) + " t"),
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 84, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: data.stages.names, axisLabel: { interval: 0 } },
      yAxis: { type: "value", name: labels.mass },
      series: data.stages.series.map((s) => ({
        name: s.name, type: "bar", stack: "mass", data: s.values, itemStyle: { color: colors[s.id] },
      })),
    });
  }

  // Exposure by category: mass by the highest level reached in each category.
  const categories = init("chart-categories");
  if (categories) {
    categories.setOption({
      animation: false,
      tooltip: axisTooltip((v) => tonnes.format(v) + " t"),
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 84, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: data.categories.names, axisLabel: { interval: 0, width: 110, overflow: "break" } },
      yAxis: { type: "value", name: labels.mass },
      series: data.categories.levels.map((s) => ({
        name: s.name, type: "bar", stack: "mass", data: s.values, itemStyle: { color: levelColors[s.id] },
      })),
    });
  }

  // Heatmap: categories across, supply chain and stage down, each cell coloured by its level.
  const heat = init("chart-heat");
  if (heat) {
    heat.getDom().style.height = Math.max(260, 60 + 26 * data.heat.rows.length) + "px";
    heat.resize();
    heat.setOption({
      animation: false,
      tooltip: {
        trigger: "item",
        formatter: (p) => {
          const cell = p.data.cell;
          return escape(data.heat.rows[cell.y]) + "<br>" + escape(data.heat.columns[cell.x]) + escape(colon)
            + escape(cell.levelName) + (cell.score === null ? "" : " " + escape(score.format(cell.score)));
        },
      },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: data.heat.columns, position: "top", splitArea: { show: true },
        axisLabel: { interval: 0, width: 120, overflow: "break" } },
      yAxis: { type: "category", data: data.heat.rows, inverse: true, splitArea: { show: true } },
      series: [{
        type: "heatmap",
        data: data.heat.cells.map((c) => ({
          value: [c.x, c.y, c.score === null ? "-" : c.score], cell: c,
          itemStyle: { color: levelColors[c.score === null ? "none" : c.level], borderColor: "#ffffff", borderWidth: 1 },
        })),
        label: { show: true, formatter: (p) => (p.data.cell.score === null ? "–" : score.format(p.data.cell.score)) },
      }],
    });
  }

  // Trend across the workspace's assessments: coverage and score (0-1) as lines, mass as bars.
  const trend = init("chart-trend");
  if (trend) {
    const points = data.trend.points;
    trend.setOption({
      animation: false, color: ["#9ecae1", "#31a354", "#756bb1", "#d73027"],
      tooltip: {
        trigger: "axis",
        formatter: (items) => escape(items[0].axisValueLabel) + items.map((p) => "<br>" + p.marker
          + line(p.seriesName, p.value, p.seriesIndex === 0 ? (v) => tonnes.format(v) + " t"
            : p.seriesIndex === 3 ? (v) => score.format(v) : (v) => percent.format(v))).join(""),
      },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: points.map((p) => p.label) },
      yAxis: [{ type: "value", name: labels.mass }, { type: "value", min: 0, max: 1, name: labels.share }],
      series: [
        { name: labels.mass, type: "bar", barMaxWidth: 48, data: points.map((p) => p.massT) },
        { name: labels.originCoverage, type: "line", yAxisIndex: 1, data: points.map((p) => p.originCoverage) },
        { name: labels.refinerCoverage, type: "line", yAxisIndex: 1, data: points.map((p) => p.refinerCoverage) },
        { name: labels.topScore, type: "line", yAxisIndex: 1, data: points.map((p) => p.topScore) },
      ],
    });
  }

  // The company's own sourcing on two world maps (mine origin, refining), mass in tonnes.
  const root = document.getElementById("charts-root");
  const origin = document.getElementById("chart-origin");
  if (root && root.dataset.geo && origin) {
    fetch(root.dataset.geo, { credentials: "same-origin" }).then((r) => r.json()).then((geo) => {
      echarts.registerMap("world", geo);
      [["chart-origin", "originT", "originBasis", labels.origin], ["chart-refining", "refiningT", "refiningBasis", labels.refining]]
        .forEach(([id, field, basis, title]) => {
          const map = init(id);
          if (map === null) {
            return;
          }
          const values = data.sourcing.countries.filter((c) => c.code !== "" && c[field] > 0)
            .map((c) => ({ name: c.code, value: c[field], country: c.name, basis: c[basis] }));
          const max = values.reduce((m, v) => Math.max(m, v.value), 0) || 1;
          map.setOption({
            animation: false,
            title: { text: title, left: 0, top: 0, textStyle: { fontSize: 14 } },
            tooltip: {
              trigger: "item",
              formatter: (p) => (p.data
                ? line(p.data.country, p.data.value, (v) => tonnes.format(v) + " t") + " (" + escape(p.data.basis) + ")"
                : escape(labels.noData)),
            },
            visualMap: { type: "continuous", min: 0, max: max, left: 0, bottom: 0, calculable: false,
              text: [tonnes.format(max) + " t", "0"], itemHeight: 90, inRange: { color: ["#deebf7", "#3182bd", "#08306b"] } },
            series: [{
              type: "map", map: "world", roam: false, data: values, nameProperty: "name", top: 30,
              itemStyle: { areaColor: "#eeeeee", borderColor: "#999999", borderWidth: 0.4 },
              emphasis: { label: { show: false }, itemStyle: { areaColor: "#ffd54f" } },
              select: { disabled: true }, label: { show: false },
            }],
          });
        });
    });
  }

  window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
})();
