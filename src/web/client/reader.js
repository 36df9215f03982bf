// Note reader: switch Chinese / bilingual / English in place (the mode links reload the page without scripts).
(() => {
  const reader = document.getElementById('reader');
  if (!reader) return;
  for (const a of document.querySelectorAll('.modes a[data-mode]')) {
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      const mode = a.dataset.mode;
      reader.classList.remove('mode-zh', 'mode-bi', 'mode-en');
      reader.classList.add(`mode-${mode}`);
      for (const b of document.querySelectorAll('.modes a[data-mode]')) b.setAttribute('aria-current', String(b === a));
      history.replaceState(null, '', a.getAttribute('href'));
    });
  }
})();
