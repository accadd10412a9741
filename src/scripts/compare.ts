/**
 * Comparison page enhancement (issue #9): filters the server-rendered matrix and charts by
 * text (with or without diacritics), pillar, sector and localities; keeps the view in the URL;
 * downloads the visible view as CSV. Without JavaScript the full matrix stays readable.
 */
import { fold } from '../lib/text/fold.ts';
import { matrixCsv } from './matrix-csv.ts';

export function initCompare(): void {
  const form = document.getElementById('compare-controls') as HTMLFormElement;
  const table = document.getElementById('matrix') as HTMLTableElement;
  const q = document.getElementById('cmp-q') as HTMLInputElement;
  const pillar = document.getElementById('cmp-pillar') as HTMLSelectElement;
  const sector = document.getElementById('cmp-sector') as HTMLSelectElement;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="dia-phuong"]')];
  const status = document.getElementById('cmp-status')!;
  const csvLink = document.getElementById('cmp-csv') as HTMLAnchorElement;
  const permalink = document.getElementById('cmp-permalink') as HTMLAnchorElement;

  const params = new URLSearchParams(location.search);
  q.value = params.get('q') ?? '';
  pillar.value = params.get('tru-cot') ?? '';
  sector.value = params.get('linh-vuc') ?? '';
  const chosen = params
    .getAll('dia-phuong')
    .flatMap((v) => v.split(','))
    .filter(Boolean);
  if (chosen.length) for (const b of boxes) b.checked = chosen.includes(b.value);

  function state(): URLSearchParams {
    const p = new URLSearchParams();
    if (q.value.trim()) p.set('q', q.value.trim());
    if (pillar.value) p.set('tru-cot', pillar.value);
    if (sector.value) p.set('linh-vuc', sector.value);
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    if (on.length !== boxes.length) p.set('dia-phuong', on.join(','));
    return p;
  }

  function apply(): void {
    const needle = fold(q.value);
    const cols = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    for (const cell of table.querySelectorAll<HTMLElement>('[data-col]')) {
      const col = cell.dataset.col!;
      cell.hidden = col !== 'quoc-gia' && !cols.has(col);
    }
    let shown = 0;
    for (const body of table.tBodies) {
      let any = false;
      for (const row of body.querySelectorAll<HTMLTableRowElement>('tr[data-indicator]')) {
        const ok =
          (!pillar.value || body.dataset.pillar === pillar.value) &&
          (!sector.value || (row.dataset.sectors ?? '').split(' ').includes(sector.value)) &&
          (!needle || needle.split(' ').every((w) => (row.dataset.search ?? '').includes(w)));
        row.hidden = !ok;
        if (ok) {
          any = true;
          shown++;
        }
      }
      body.hidden = !any;
    }
    const visibleIndicators = new Set([...table.querySelectorAll<HTMLElement>('tr[data-indicator]:not([hidden])')].map((r) => r.dataset.indicator));
    for (const card of document.querySelectorAll<HTMLElement>('.chart-card')) card.hidden = !visibleIndicators.has(card.dataset.indicator);
    for (const colSpan of table.querySelectorAll<HTMLTableCellElement>('.matrix__group th')) colSpan.colSpan = 2 + cols.size;
    // The page's language gives the message (data-msg-status on the form, from src/i18n).
    status.textContent = (form.dataset.msgStatus ?? '').replace('{shown}', String(shown)).replace('{localities}', String(cols.size));
    const p = state();
    const url = new URL(location.href);
    url.search = p.toString();
    history.replaceState(null, '', url);
    permalink.href = url.pathname + url.search;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-year-link]')) a.href = `${a.pathname}${url.search}`; // the year's page (its path as rendered), with these filters
  }

  csvLink.addEventListener('click', (e) => {
    e.preventDefault();
    const blob = new Blob([matrixCsv(table)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = csvLink.getAttribute('download') ?? 'so-sanh.csv';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  for (const el of [q, pillar, sector, ...boxes]) el.addEventListener(el === q ? 'input' : 'change', apply);
  apply();
}
