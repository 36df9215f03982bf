// Facts table: click a column header to sort in place (the header links sort on the server without scripts).
(() => {
  const table = document.querySelector('table.facts');
  if (!table) return;
  const body = table.tBodies[0];
  for (const th of table.querySelectorAll('th[data-sort]')) {
    th.addEventListener('click', (ev) => {
      ev.preventDefault();
      const key = th.dataset.sort;
      const desc = th.getAttribute('aria-sort') === 'ascending';
      for (const other of table.querySelectorAll('th[data-sort]')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', desc ? 'descending' : 'ascending');
      const numeric = key === 'value' || key === 'sources';
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = a.dataset[key] ?? '';
        const y = b.dataset[key] ?? '';
        let d;
        if (numeric) {
          const nx = x === '' ? Number.NaN : Number(x);
          const ny = y === '' ? Number.NaN : Number(y);
          if (Number.isNaN(nx)) return Number.isNaN(ny) ? 0 : 1;
          if (Number.isNaN(ny)) return -1;
          d = nx - ny;
        } else d = x.localeCompare(y);
        return desc ? -d : d;
      });
      for (const r of rows) body.appendChild(r);
    });
  }
})();
