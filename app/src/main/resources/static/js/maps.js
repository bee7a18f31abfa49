// World maps of Vigie's reference pages, drawn with ECharts (served by the application, no CDN).
// Each element with data-map carries its values (JSON array of {name: ISO numeric code, value}),
// the shapes' address (data-geo) and, optionally, level bands (data-pieces, JSON array of
// {min, max, label}). Country names for the tooltips come from the closest data-country-names.
// Numbers are formatted in the page's language. Every map has a table with the same data.
(function () {
  "use strict";
  const maps = document.querySelectorAll("[data-map]");
  if (maps.length === 0 || typeof echarts === "undefined") {
    return;
  }
  const lang = document.documentElement.lang || "en";
  const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const colon = lang === "fr" ? "\u202f: " : ": ";
  let shapes = null;

  function load(url) {
    if (shapes === null) {
      shapes = fetch(url, { credentials: "same-origin" }).then((r) => r.json()).then((geo) => {
        echarts.registerMap("world", geo);
      });
    }
    return shapes;
  }

  function draw(element) {
    const values = JSON.parse(element.dataset.values || "[]");
    const namesHolder = element.closest("[data-country-names]");
    const names = namesHolder ? JSON.parse(namesHolder.dataset.countryNames) : {};
    const pieces = element.dataset.pieces ? JSON.parse(element.dataset.pieces) : null;
    const isShare = element.dataset.map === "shares";
    const format = (v) => (isShare ? percent.format(v) : decimal.format(v));
    const labels = {};
    values.forEach((v) => { if (v.label) { labels[v.name] = v.label; } });
    const max = values.reduce((m, v) => Math.max(m, v.value), 0) || 1;
    const chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: "item",
        // ECharts shows the returned string as HTML: every text from the page's data is escaped
        formatter: (p) => {
          const escape = echarts.format.encodeHTML;
          const name = escape(names[p.name] || p.name);
          if (p.value === undefined || Number.isNaN(p.value)) {
            return name + escape(colon) + escape(element.dataset.noData || "–");
          }
          return name + escape(colon) + escape(format(p.value))
            + (labels[p.name] ? " (" + escape(labels[p.name]) + ")" : "");
        },
      },
      visualMap: pieces
        ? { type: "piecewise", pieces: pieces, left: 0, bottom: 0, itemWidth: 14,
            inRange: { color: ["#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027"] } }
        : { type: "continuous", min: 0, max: max, left: 0, bottom: 0, calculable: false,
            text: [format(max), format(0)], itemHeight: 100,
            inRange: { color: ["#deebf7", "#3182bd", "#08306b"] } },
      series: [{
        type: "map", map: "world", roam: false, data: values, nameProperty: "name",
        itemStyle: { areaColor: "#eeeeee", borderColor: "#999999", borderWidth: 0.4 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: "#ffd54f" } },
        select: { disabled: true },
        label: { show: false },
      }],
    });
    window.addEventListener("resize", () => chart.resize());
  }

  maps.forEach((element) => {
    load(element.dataset.geo).then(() => draw(element));
  });
})();
