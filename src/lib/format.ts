/** Formatting for Vietnamese readers: numbers with vi-VN separators, dates as dd/mm/yyyy. */
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** "2023-03-31" → "31/03/2023" (the form Vietnamese documents print). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Vietnamese collation for sorting names ("Đồng Tháp" after "Cà Mau", before "Hà Tiên"). */
export const collator = new Intl.Collator('vi');
