/**
 * The arithmetic of the consistency checks, pure: each rule takes printed figures (already
 * read as numbers) and says what they compute to and whether the print agrees with itself.
 */
import type { ComputedStatus } from '../../schemas/computed-status.ts';

/** Parts against a printed total. */
export function sumRule(parts: number[], total: number): { computed: number; agrees: boolean } {
  const computed = parts.reduce((a, b) => a + b, 0);
  return { computed, agrees: Math.abs(computed - total) < 1e-9 };
}

/** Decimal places of a printed figure ("8,52%" → 2, "49%" → 0). */
export function printedDecimals(figure: string): number {
  return /,(\d+)%?$/.exec(figure)?.[1].length ?? 0;
}

/**
 * A printed percentage against numerator / denominator. Documents round or cut off, so the print
 * agrees when it equals the exact ratio either rounded or truncated to the printed decimals.
 */
export function ratioRule(numerator: number, denominator: number, printedPercent: number, decimals: number): { computed: number; agrees: boolean } {
  const exact = (numerator / denominator) * 100;
  const f = 10 ** decimals;
  const rounded = Math.round(exact * f) / f;
  const truncated = Math.trunc(exact * f) / f;
  const same = (a: number) => Math.abs(a - printedPercent) < 1e-9;
  return { computed: rounded, agrees: same(rounded) || same(truncated) };
}

/** A printed status ("ĐẠT" / "CHƯA ĐẠT") against the status computed from value and target; not comparable is never a disagreement. */
export function statusRule(printed: 'dat' | 'chua-dat', computed: ComputedStatus): { agrees: boolean } {
  if (computed === 'not-comparable') return { agrees: true };
  return { agrees: (printed === 'dat') === (computed === 'met') };
}

/**
 * Dates given for one cited number. Most numbers restart every year ("20/KH-UBND" of 2023 and of
 * 2024 are two plans), so dates in different years are different documents, unless the number
 * carries its year ("85/2016/NĐ-CP") or runs through a term (Party numbers "08-NQ/TU").
 */
export function dateRule(dates: string[], numberingRestartsYearly: boolean): { distinct: string[]; agrees: boolean } {
  const distinct = [...new Set(dates)].sort();
  if (!numberingRestartsYearly) return { distinct, agrees: distinct.length <= 1 };
  const byYear = new Map<string, string[]>();
  for (const d of distinct) byYear.set(d.slice(0, 4), [...(byYear.get(d.slice(0, 4)) ?? []), d]);
  const clash = [...byYear.values()].filter((v) => v.length > 1).flat();
  return { distinct: clash, agrees: clash.length === 0 };
}

/** Whether a document number restarts every year: not when it carries a year or is a Party number (term-long). */
export function numberingRestartsYearly(number: string): boolean {
  return !/\/\d{4}\//.test(number) && !/^\d+-[A-Za-zĐ]+\//.test(number);
}

/**
 * The issue date printed right after a cited number: "3652/QĐ-UBND ngày 22/12/2021",
 * "…, ngày 03/6/2020", "ngày 30 tháng 10 năm 2021". ISO, or null when the text gives none there.
 */
export function dateAfter(text: string, at: number): string | null {
  const rest = text.slice(at, at + 60);
  const iso = (d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const a = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u.exec(rest);
  if (a) return iso(a[1], a[2], a[3]);
  const b = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(rest);
  return b ? iso(b[1], b[2], b[3]) : null;
}
