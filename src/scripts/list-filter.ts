/** Filters the targets list by words typed with or without diacritics; the query lives in the URL. */
import { fold } from '../lib/text/fold.ts';

export function initListFilter(): void {
  const input = document.getElementById('list-q') as HTMLInputElement;
  const status = document.getElementById('list-status')!;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.filterable tbody tr')];
  const box = document.getElementById('list-filter')!;
  box.classList.add('is-ready');
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  const apply = () => {
    const words = fold(input.value).split(' ').filter(Boolean);
    let shown = 0;
    for (const r of rows) {
      const ok = words.every((w) => (r.dataset.search ?? '').includes(w));
      r.hidden = !ok;
      if (ok) shown++;
    }
    // The page's language gives the message (data-msg-status, from src/i18n).
    status.textContent = words.length ? (box.dataset.msgStatus ?? '').replace('{n}', String(shown)).replace('{q}', input.value.trim()) : '';
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };
  input.addEventListener('input', apply);
  apply();
}
