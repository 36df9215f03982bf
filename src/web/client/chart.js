// Capex / investment chart: ECharts scatter, x = period, y = value; one series per source so disagreement shows.
(() => {
  const el = document.getElementById('chart');
  if (!el || typeof echarts === 'undefined') return;
  const en = el.dataset.lang === 'en';
  fetch(el.dataset.api, { headers: { Accept: 'application/json' } })
    .then((r) => r.json())
    .then((data) => {
      const unit = 1e8; // 亿
      const outlets = [...new Set(data.points.map((p) => p.outlet))];
      // Each source its own point: within a period, sources sit side by side, so agreeing values do not hide each other.
      const spread = Math.min(0.7, 0.12 * outlets.length);
      const offset = (i) => (outlets.length < 2 ? 0 : -spread / 2 + (spread * i) / (outlets.length - 1));
      const bySource = new Map(outlets.map((o) => [o, []]));
      for (const p of data.points) {
        const i = outlets.indexOf(p.outlet);
        bySource.get(p.outlet).push({ value: [data.periods.indexOf(p.period) + offset(i), p.value / unit], point: p });
      }
      const font = getComputedStyle(document.body).fontFamily;
      return document.fonts.load(`14px ${font}`, '亿期间').then(() => draw(data, bySource, font));
    })
    .catch((e) => {
      el.textContent = String(e);
    });
  function draw(data, bySource, font) {
    const chart = echarts.init(el);
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: font },
      tooltip: {
        trigger: 'item',
        formatter: (it) => {
          const p = it.data.point;
          const div = document.createElement('div');
          div.textContent = `${p.outlet} · ${p.period} · ${p.metric}: ${p.text}`;
          return div.innerHTML;
        },
      },
      legend: { type: 'scroll', bottom: 0 },
      xAxis: {
        type: 'value',
        min: -1,
        max: data.periods.length,
        interval: 1,
        name: en ? 'period' : '期间',
        axisLabel: { formatter: (v) => data.periods[Math.round(v)] ?? '' },
        splitLine: { show: false },
      },
      yAxis: { type: 'value', name: en ? `${data.currency} (100 million)` : `亿（${data.currency}）` },
      series: [...bySource.entries()].map(([name, pts]) => ({ name, type: 'scatter', symbolSize: 14, data: pts })),
    });
    el.dataset.ready = String(data.points.length);
    window.addEventListener('resize', () => chart.resize());
  }
})();
