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

/** What follows a figure of this unit: "80%", "7%/năm", "109/100 dân", "5 triệu đồng"; nothing for counts and ranks. */
export function unitSuffix(unit: string | null): string {
  switch (unit) {
    case 'percent':
      return '%';
    case 'percent-per-year':
      return '%/năm';
    case 'per-100-inhabitants':
      return '/100 dân';
    case 'per-100-households':
      return '/100 hộ';
    case 'million-vnd':
      return ' triệu đồng';
    default:
      return '';
  }
}
