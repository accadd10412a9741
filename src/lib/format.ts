/**
 * Formatting for readers of each edition. Vietnamese: numbers with vi-VN separators (51,45), dates
 * as dd/mm/yyyy. English: numbers as English readers write them (51.45; 8,123), dates as
 * "31 March 2023". Words quoted from a document keep their printed form in both.
 */
import { t, type Lang } from '../i18n/index.ts';

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const englishNumberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

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

/** The number formatter of an edition. */
export const formatNumberIn = (lang: Lang): ((n: number) => string) => (lang === 'vi' ? formatNumber : (n) => englishNumberFormat.format(n));

/** The date formatter of an edition: "31/03/2023" or "31 March 2023". */
export const formatDateIn = (lang: Lang): ((iso: string) => string) =>
  lang === 'vi'
    ? formatDate
    : (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** unitSuffix in an edition's words: "7%/năm" / "7% per year". */
export function unitSuffixIn(lang: Lang, unit: string | null): string {
  if (lang === 'vi' || unit === null || unit === 'count' || unit === 'rank') return unitSuffix(unit);
  return t(lang, `figure.unit.${unit}` as 'figure.unit.percent');
}
