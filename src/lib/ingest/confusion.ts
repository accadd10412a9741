/**
 * The OCR confusion model (issue #21, part 1): how likely an OCR token is, given the word that
 * was printed. Learned character by character from the fidelity alignments of the training
 * documents (digits for letters, lost or broken tone marks, "rn" for m), with a smoothed prior
 * so that a confusion never seen is unlikely but not impossible.
 */
import { stripDiacritics } from '../text/fold.ts';
import type { AlignedPair } from './training.ts';

export interface ConfusionModel {
  /** count[printed][ocr]; '' stands for nothing (an insertion or a deletion). */
  sub: Map<string, Map<string, number>>;
  /** How often each printed character was seen. */
  total: Map<string, number>;
  /** How often each OCR character was inserted from nothing. */
  ins: Map<string, number>;
  insTotal: number;
  chars: number;
  /** Whole-token counts: lower-cased OCR token → printed word → count. */
  tokens: Map<string, Map<string, number>>;
  tokenTotal: Map<string, number>;
}

// Asked for every pair of characters the channel compares: a character's base letter is found once.
const baseOf = new Map<string, string>();
const base = (c: string): string => {
  let b = baseOf.get(c);
  if (b === undefined) baseOf.set(c, (b = stripDiacritics(c).toLowerCase()));
  return b;
};

/** Character alignment of two short strings (Levenshtein, substitutions of the same base letter cheaper). */
export function alignChars(printed: string, ocr: string): [string, string][] {
  const a = [...printed];
  const b = [...ocr];
  const n = a.length;
  const m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      const s = a[i - 1] === b[j - 1] ? 0 : base(a[i - 1]) === base(b[j - 1]) ? 0.5 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + s);
    }
  const out: [string, string][] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = i > 0 && j > 0 ? (a[i - 1] === b[j - 1] ? 0 : base(a[i - 1]) === base(b[j - 1]) ? 0.5 : 1) : Infinity;
    if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + s) {
      out.push([a[i - 1], b[j - 1]]);
      i--;
      j--;
    } else if (i > 0 && d[i][j] === d[i - 1][j] + 1) {
      out.push([a[i - 1], '']);
      i--;
    } else {
      out.push(['', b[j - 1]]);
      j--;
    }
  }
  return out.reverse();
}

const bump = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** Learns the model from aligned OCR ↔ restored word pairs. */
export function learnConfusion(pairs: AlignedPair[]): ConfusionModel {
  const model: ConfusionModel = { sub: new Map(), total: new Map(), ins: new Map(), insTotal: 0, chars: 0, tokens: new Map(), tokenTotal: new Map() };
  for (const p of pairs) {
    const printed = p.restored.normalize('NFC').toLowerCase();
    const ocr = p.ocr.normalize('NFC').toLowerCase();
    if (!printed || !ocr || printed.length > 24 || ocr.length > 24) continue;
    let row = model.tokens.get(ocr);
    if (!row) model.tokens.set(ocr, (row = new Map()));
    bump(row, printed);
    bump(model.tokenTotal, ocr);
    // An insertion right after a substitution is one printed letter read as two ("ứ" → "ir", "m" → "rn").
    const aligned: [string, string][] = [];
    for (const [t, o] of alignChars(printed, ocr)) {
      const last = aligned[aligned.length - 1];
      if (t === '' && last && last[0] !== '' && last[1].length === 1 && last[1] !== last[0]) last[1] += o;
      else aligned.push([t, o]);
    }
    for (const [t, o] of aligned) {
      if (t === '') {
        bump(model.ins, o);
        model.insTotal++;
        continue;
      }
      let r = model.sub.get(t);
      if (!r) model.sub.set(t, (r = new Map()));
      bump(r, o);
      bump(model.total, t);
      model.chars++;
    }
  }
  return model;
}

const PRIOR_WEIGHT = 2;

/** −log P(ocr char | printed char); '' for a deletion. */
export function subCost(model: ConfusionModel, printed: string, ocr: string): number {
  const c = model.sub.get(printed)?.get(ocr) ?? 0;
  const total = model.total.get(printed) ?? 0;
  // Prior: the same character is likely, the same base letter with other marks plausible, anything else rare.
  const prior = ocr === printed ? 0.6 : ocr === '' ? 0.03 : base(ocr) === base(printed) ? 0.08 : 0.003;
  return -Math.log((c + PRIOR_WEIGHT * prior) / (total + PRIOR_WEIGHT));
}

/** −log P(an OCR char inserted from nothing). */
export function insCost(model: ConfusionModel, ocr: string): number {
  return -Math.log(((model.ins.get(ocr) ?? 0) + 0.2) / (model.chars + 50));
}

/** −log P(ocr token | printed word): the best character alignment under the learned costs. */
export function channelCost(model: ConfusionModel, printed: string, ocr: string): number {
  const a = [...printed];
  const b = [...ocr];
  const n = a.length;
  const m = b.length;
  let prev = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + insCost(model, b[j - 1]);
  for (let i = 1; i <= n; i++) {
    const cur = new Float64Array(m + 1);
    cur[0] = prev[0] + subCost(model, a[i - 1], '');
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(prev[j - 1] + subCost(model, a[i - 1], b[j - 1]), prev[j] + subCost(model, a[i - 1], ''), cur[j - 1] + insCost(model, b[j - 1]));
      if (j >= 2) {
        const two = b[j - 2] + b[j - 1];
        if (model.sub.get(a[i - 1])?.has(two)) cur[j] = Math.min(cur[j], prev[j - 2] + subCost(model, a[i - 1], two));
      }
    }
    prev = cur;
  }
  return prev[m];
}

/** −log P(printed | ocr token) from whole-token counts, or null when the token was never seen. */
export function tokenCost(model: ConfusionModel, printed: string, ocr: string): number | null {
  const total = model.tokenTotal.get(ocr);
  if (!total) return null;
  const c = model.tokens.get(ocr)?.get(printed) ?? 0;
  return -Math.log((c + 0.05) / (total + 1));
}

/**
 * Share of a figure's occurrences in the training OCR that stood for a word ("13" for là, "18" for lệ):
 * how likely a figure kept as printed is a word after all. 0 when the figure was never seen.
 */
export function figureAsWordShare(model: ConfusionModel, ocr: string): number {
  const total = model.tokenTotal.get(ocr);
  if (!total) return 0;
  let words = 0;
  for (const [printed, n] of model.tokens.get(ocr) ?? []) if (/^\p{L}/u.test(printed)) words += n;
  return words / total;
}
