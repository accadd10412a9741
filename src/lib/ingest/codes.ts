/**
 * Document numbers and other codes (issue #21): the restorer keeps a figure or code as printed,
 * but the OCR drops the marks of its letters (749/QD-TTg for 749/QĐ-TTg, NQ-HPND for NQ-HĐND,
 * 1571/Qb-BCb for 1571/QĐ-BCĐ). Users search and cite these numbers, so their letter parts are
 * restored from the codes the training documents print, and words inside a figure (11,5%/nam)
 * are read like any word.
 */
import { stripDiacritics } from '../text/fold.ts';
import { isAcronym } from './syllable.ts';

/** The parts of a code between its separators ("749/QĐ-TTg" → 749, QĐ, TTg), separators kept. */
const parts = (code: string): string[] => code.split(/([/-])/);

/** A part that carries letters of a code (QĐ, TTg, UBND, 3G; 0D is an OCR reading of QĐ). */
const isCodePart = (p: string): boolean => /\p{Lu}/u.test(p) && /^[\p{L}\d]{2,}$/u.test(p);

/** Letter parts of the codes in the training text, with their counts. */
export function codeLexicon(tokens: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokens) {
    // An acronym standing alone (TTĐT, BCĐ) is a code part too.
    if (isAcronym(t)) {
      out.set(t, (out.get(t) ?? 0) + 1);
      continue;
    }
    if (!/\d/.test(t) || !/[/-]/.test(t)) continue;
    for (const p of parts(t)) if (isCodePart(p)) out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

/** What the OCR makes of Đ and Q in a code: letters and a digit of similar shape. */
const LOOK_ALIKES: Record<string, string> = { Đ: 'DPBb', Q: 'O0' };

/** Cost of reading the printed character `gold` as `ocr` (0 the same; Infinity not a known confusion). */
function charCost(gold: string, ocr: string): number {
  if (gold === ocr) return 0;
  if (stripDiacritics(gold) === stripDiacritics(ocr)) return 0.5;
  if (LOOK_ALIKES[gold]?.includes(ocr)) return 1;
  if (gold.toLowerCase() === ocr.toLowerCase()) return 0.5;
  return Infinity;
}

/** Most a code part may cost to be read as a part of the lexicon (one look-alike and one lost mark). */
const MAX_COST = 2;

/** The lexicon part the OCR part most likely stands for, or the part itself when none fits. */
export function restoreCodePart(ocr: string, lexicon: Map<string, number>): string {
  if (lexicon.has(ocr)) return ocr;
  const chars = [...ocr];
  let best = ocr;
  let bestCost = MAX_COST + 1e-9;
  let bestCount = 0;
  for (const [gold, count] of lexicon) {
    const g = [...gold];
    if (g.length !== chars.length) continue;
    let cost = 0;
    for (let i = 0; i < g.length && cost <= MAX_COST; i++) cost += charCost(g[i], chars[i]);
    if (cost < bestCost || (cost === bestCost && count > bestCount)) {
      best = gold;
      bestCost = cost;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A code or figure with its letter parts restored: a part with a capital from the lexicon when one
 * fits, a word (lower case, or one capital: 11,5%/nam, 442.455/Téng) by `readWord`, the restorer's
 * best single reading. Digits, separators and parts nothing fits stay as printed.
 */
export function restoreCode(raw: string, lexicon: Map<string, number>, readWord: (word: string) => string): string {
  const restorePart = (p: string): string => {
    if (isCodePart(p)) {
      const code = restoreCodePart(p, lexicon);
      if (code !== p || lexicon.has(p)) return code;
    }
    return /^\p{L}{2,}$/u.test(p) && !/\p{Lu}.*\p{Lu}/u.test(p) ? readWord(p) : p;
  };
  return parts(raw).map(restorePart).join('');
}

/**
 * The letter parts of a document number that neither the training text's codes nor its words hold (BCD where the OCR lost
 * the Đ of BCĐ, THH-CPDT): like an unknown word, the code has no other reading to compete, so it cannot look
 * uncertain, and is flagged for what it is.
 */
export function unknownCodeParts(code: string, lexicon: Map<string, number>, words: Set<string>): string[] {
  const ps = parts(code);
  // A name with no separator (5G, 4.0) is no document number: the parts are the issuers' codes.
  if (ps.length < 2) return [];
  return ps.filter((p) => isCodePart(p) && !lexicon.has(p) && !words.has(p.toLowerCase()));
}
