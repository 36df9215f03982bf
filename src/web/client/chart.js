// Capex / investment chart: ECharts scatter, x = period, y = value; one series per source so disagreement shows.
(() => {
  const el = document.getElementById('chart');
  if (!el || typeof echarts === 'undefined') return;
  const en = el.dataset.lang === 'en';
  fetch(el.dataset.api, { headers: { Accept: 'application/json' } })
    .then((r) => r.json())
    .then((data) => {
      const unit = 1e8; // 亿
      const bySource = new Map();
      for (const p of data.points) {
        if (!bySource.has(p.outlet)) bySource.set(p.outlet, []);
        bySource.get(p.outlet).push({ value: [p.period, p.value / unit], point: p });
      }
      const chart = echarts.init(el);
      chart.setOption({
        animation: false,
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
        xAxis: { type: 'category', data: data.periods, name: en ? 'period' : '期间' },
        yAxis: { type: 'value', name: en ? `${data.currency} (100 million)` : `亿（${data.currency}）` },
        series: [...bySource.entries()].map(([name, pts]) => ({ name, type: 'scatter', symbolSize: 14, data: pts })),
      });
      el.dataset.ready = String(data.points.length);
      window.addEventListener('resize', () => chart.resize());
    })
    .catch((e) => {
      el.textContent = String(e);
    });
})();
