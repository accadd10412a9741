/**
 * Printed numbers of document tables as plain numbers. Vietnamese documents write "1.953.064"
 * and "56,89%" (thousands ".", decimal ","); the Công báo table of 112/KH-UBND Phụ lục 4 writes
 * "38,060" (thousands ","). A cell is a number only when all of it is one figure: "2022 - 2023",
 * "Tối thiểu 30%" or "33/33" stay text.
 */
export type NumberFormat = 'vi' | 'thousands-comma';

const PATTERNS: Record<NumberFormat, { re: RegExp; toJs: (s: string) => string }> = {
  vi: { re: /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/, toJs: (s) => s.replace(/\./g, '').replace(',', '.') },
  'thousands-comma': { re: /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/, toJs: (s) => s.replace(/,/g, '') },
};

export interface ParsedNumber {
  value: number;
  /** True when the figure was printed with a % sign. */
  percent: boolean;
}

/** The number a cell prints, or null when the cell is not one figure (emphasis and spaces around it are ignored). */
export function parsePrintedNumber(text: string, format: NumberFormat = 'vi'): ParsedNumber | null {
  const t = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  const m = /^(\S+?)\s?(%)?$/.exec(t);
  if (!m) return null;
  const p = PATTERNS[format];
  if (!p.re.test(m[1])) return null;
  const value = Number(p.toJs(m[1]));
  return Number.isFinite(value) ? { value, percent: m[2] === '%' } : null;
}

/** Every figure inside running text ("883/1.698 thủ tục", "49%"), Vietnamese convention, in order. */
export function figuresInText(text: string): { raw: string; value: number }[] {
  const out: { raw: string; value: number }[] = [];
  for (const m of text.matchAll(/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|(?<![\d.,])\d+(?:,\d+)?(?![\d])/g)) {
    out.push({ raw: m[0], value: Number(m[0].replace(/\./g, '').replace(',', '.')) });
  }
  return out;
}
