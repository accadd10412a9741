/**
 * Numbers as Vietnamese documents print them ("1.057", "56,89%", "34/63"). OCR and some
 * tables print "6.17%" or "20,000" the other way round, so both readings are candidates.
 */
const NUMBER_RE = /\d+(?:[.,]\d+)*/g;

/** Every number a reader could take from the text, under both separator conventions. */
export function numbersInText(text: string): number[] {
  const out = new Set<number>();
  for (const [raw] of text.matchAll(NUMBER_RE)) {
    const vi = Number(raw.replace(/\./g, '').replace(',', '.'));
    const en = Number(raw.replace(/,/g, ''));
    if (Number.isFinite(vi)) out.add(vi);
    if (Number.isFinite(en)) out.add(en);
  }
  return [...out];
}

/** Whether the figure appears in the wording (as printed, allowing either separator). */
export function valueAppearsIn(value: number, text: string): boolean {
  return numbersInText(text).some((n) => Math.abs(n - value) < 1e-9);
}

/** Collapses whitespace and normalises to NFC, for substring checks of wording. */
export function normaliseWording(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
