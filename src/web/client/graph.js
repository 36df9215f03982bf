// Capital-flow graph: Cytoscape.js; edge width by amount, cycle edges red; clicking an edge lists its source sentences.
(() => {
  const el = document.getElementById('graph');
  const panel = document.getElementById('edge-panel');
  if (!el || typeof cytoscape === 'undefined') return;
  const en = el.dataset.lang === 'en';
  const statusLabel = (st) => (st === 'talks' ? (en ? 'in talks' : '洽谈中') : en ? 'rumoured' : '传闻');
  const text = (tag, s, cls) => {
    const n = document.createElement(tag);
    n.textContent = s;
    if (cls) n.className = cls;
    return n;
  };
  fetch(el.dataset.api, { headers: { Accept: 'application/json' } })
    .then((r) => r.json())
    .then((g) => {
      // Cytoscape injects an inline <style> unless an element with this id exists; app.css holds its one rule instead.
      if (!document.getElementById('__________cytoscape_stylesheet')) {
        const marker = document.createElement('meta');
        marker.id = '__________cytoscape_stylesheet';
        document.head.append(marker);
      }
      const max = Math.max(1, ...g.edges.map((e) => e.usd));
      const cy = cytoscape({
        container: el,
        elements: [
          ...g.nodes.map((n) => ({ data: { id: n.id, label: n.id }, classes: n.inCycle ? 'in-cycle' : '' })),
          ...g.edges.map((e) => ({
            data: { id: e.id, source: e.from, target: e.to, w: 1.5 + 6 * Math.sqrt(e.usd / max) },
            classes: [e.cycle ? 'cycle' : '', e.status ? 'tentative' : ''].join(' ').trim(),
          })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'font-size': 12,
              'background-color': '#7a8ca8',
              color: '#444',
              'text-valign': 'bottom',
              'text-margin-y': 3,
              width: 22,
              height: 22,
            },
          },
          { selector: 'node.in-cycle', style: { 'background-color': '#c62828' } },
          {
            selector: 'edge',
            style: {
              width: 'data(w)',
              'curve-style': 'bezier',
              'target-arrow-shape': 'triangle',
              'line-color': '#9aa7b8',
              'target-arrow-color': '#9aa7b8',
            },
          },
          { selector: 'edge.cycle', style: { 'line-color': '#c62828', 'target-arrow-color': '#c62828' } },
          // In talks or rumoured (no source says it is done): dashed, thin.
          { selector: 'edge.tentative', style: { 'line-style': 'dashed', width: 1.5 } },
          { selector: 'edge:selected', style: { 'line-color': '#0a5bd3', 'target-arrow-color': '#0a5bd3' } },
        ],
        // Deterministic: the most connected entities in the middle rings.
        layout: { name: 'concentric', concentric: (n) => n.degree(), levelWidth: () => 2, minNodeSpacing: 36, animate: false },
      });
      const byId = new Map(g.edges.map((e) => [e.id, e]));
      cy.on('tap', 'edge', (ev) => {
        const e = byId.get(ev.target.id());
        if (!e || !panel) return;
        panel.replaceChildren();
        panel.append(text('h3', `${e.from} → ${e.to}`));
        const status = e.status ? ` · ${statusLabel(e.status)}` : '';
        panel.append(
          text('p', `${e.kind}${status}${e.cycle ? (en ? ' · on a cycle' : ' · 位于资金循环中') : ''}`, e.cycle ? 'cycle-edge' : 'meta'),
        );
        for (const s of e.sources) {
          const p = text('p', s.sentence, 'sentence');
          p.append(text('span', ` — ${s.file.split(/[\\/]/).pop()}${s.line ? `:${s.line}` : ''}`, 'meta'));
          panel.append(p);
        }
        panel.dataset.edge = e.id;
      });
      // For tests and the curious: the instance (nothing else reads it).
      window.factbriefGraph = cy;
      el.dataset.ready = String(g.edges.length);
    })
    .catch((e) => {
      el.textContent = String(e);
    });
})();
