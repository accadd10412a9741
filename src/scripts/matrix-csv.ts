/** The visible part of the comparison matrix as CSV (header row + one row per visible indicator). */
function cellText(cell: Element): string {
  const parts = [...cell.querySelectorAll('.cell-target')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
  return parts.length ? parts.join('; ') : cell.textContent!.replace(/\s+/g, ' ').trim();
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function matrixCsv(table: HTMLTableElement): string {
  const visible = (el: Element) => !(el as HTMLElement).hidden && !el.closest('[hidden]');
  const header = [...table.tHead!.rows[0].cells].filter(visible).map((c) => c.textContent!.trim());
  const rows = [...table.querySelectorAll('tr[data-indicator]')].filter(visible).map((tr) => {
    const th = tr.querySelector('th a')!.textContent!.trim();
    return [th, ...[...tr.querySelectorAll('td')].filter(visible).map(cellText)];
  });
  return `\uFEFF${[header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}
