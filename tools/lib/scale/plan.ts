/**
 * Which figures of a real document can be altered without breaking its fidelity to the OCR source
 * (issue #12, scale corpus), read from the fidelity checker's own alignment. A restored figure is
 * altered only where the number the checker paired it with in the source can be altered the same
 * way; the OCR's words-read-as-numbers ("50" for sở, "10" for lộ) and figures the checker paired
 * with garbled text stay as printed on both sides. Pure.
 */
import { matchFidelity, restoredUnits, type FidelityInput } from '../../../src/lib/fidelity/check.ts';
import { tokenize, tokenOffsets, tokensMatch, type Token } from '../../../src/lib/fidelity/tokens.ts';
import { digitsOf, numbersIn, scaleNumber } from './figures.ts';

export interface FigurePlan {
  /** Restored figures kept as printed, as "<line where their block starts>|<digits>" (line 0: the frontmatter). */
  keepRestored: Set<string>;
  /** Source tokens whose figures are altered: per source line, where each token starts in the line as the checker reads it. */
  alterSource: Map<number, Set<number>>;
}

export const emptyPlan = (): FigurePlan => ({ keepRestored: new Set(), alterSource: new Map() });

/** A piece of a source line as the checker reads it: the line's own text, or a reading standing for its OCR text. */
interface ReadPiece {
  text: string;
  /** Index of the reading in the line's list; -1 for the line's own text. */ reading: number;
}

/** The line as the fidelity checker reads it (each reading, padded with spaces, for the first occurrence of its OCR text); null when a reading overlaps another. */
function readPieces(line: string, readings: { ocr: string; reading: string }[]): ReadPiece[] | null {
  const pieces: ReadPiece[] = [{ text: line, reading: -1 }];
  for (const [ri, r] of readings.entries()) {
    const at = pieces
      .map((p) => p.text)
      .join('')
      .indexOf(r.ocr);
    if (at < 0) continue;
    let pos = 0;
    const pi = pieces.findIndex((p) => {
      const inside = p.reading < 0 && at >= pos && at + r.ocr.length <= pos + p.text.length;
      if (!inside) pos += p.text.length;
      return inside;
    });
    if (pi < 0) return null;
    const p = pieces[pi];
    pieces.splice(
      pi,
      1,
      { text: p.text.slice(0, at - pos), reading: -1 },
      { text: ` ${r.reading} `, reading: ri },
      { text: p.text.slice(at - pos + r.ocr.length), reading: -1 },
    );
  }
  return pieces;
}

/** A token's text with its figures altered. */
function alterToken(raw: string, figures: Set<string>, factor: number): string {
  let out = '';
  let last = 0;
  for (const n of numbersIn(raw)) {
    if (!figures.has(digitsOf(n.value))) continue;
    out += raw.slice(last, n.start) + scaleNumber(n.value, factor);
    last = n.end;
  }
  return out + raw.slice(last);
}

/** Rewrites one source line by the plan: the chosen tokens' figures, in the line's own text or in the readings standing in it. */
export function alterSourceLine(
  line: string,
  readings: { ocr: string; reading: string }[],
  starts: Set<number> | undefined,
  figures: Set<string>,
  factor: number,
): { line: string; readings: string[] } {
  const pieces = starts?.size ? readPieces(line, readings) : null;
  if (!pieces) return { line, readings: readings.map((r) => r.reading) };
  const text = pieces.map((p) => p.text).join('');
  const offsets = tokenOffsets(text);
  const edits = tokenize(text, 0)
    .map((t, k) => ({ at: offsets[k], raw: t.raw, to: starts!.has(offsets[k]) ? alterToken(t.raw, figures, factor) : t.raw }))
    .filter((e) => e.to !== e.raw);
  let pos = 0;
  for (const p of pieces) {
    const end = pos + p.text.length;
    for (const e of edits.filter((x) => x.at >= pos && x.at < end).reverse())
      p.text = p.text.slice(0, e.at - pos) + e.to + p.text.slice(e.at - pos + e.raw.length);
    pos = end;
  }
  return {
    line: pieces.map((p) => (p.reading < 0 ? p.text : readings[p.reading].ocr)).join(''),
    readings: readings.map((r, i) => pieces.find((p) => p.reading === i)?.text.slice(1, -1) ?? r.reading),
  };
}

/**
 * Plans a document's figures. `probe(plan)` gives the document with its restored figures altered by
 * the plan at factor 0.8 (which changes every figure of two digits and more) and nothing else; every
 * restored token that changes must have a source partner that changes into a match, or its figures
 * are kept. Repeated until no more are kept.
 */
export function planFigures(input: FidelityInput, figures: Set<string>, probe: (plan: FigurePlan) => FidelityInput, rounds = 6): FigurePlan {
  const match = matchFidelity(input);
  const src = input.meta.source;
  const readingsByLine = new Map<number, { ocr: string; reading: string }[]>();
  for (const r of src.readings) readingsByLine.set(r.line, [...(readingsByLine.get(r.line) ?? []), r]);
  const noise = new Set(src.noise.map((n) => `${n.line}\u0000${n.text}`));
  const rawLines = input.sourceText.split('\n');

  // Where each source token stands: its line and its start in the line as the checker reads it.
  const where: ({ line: number; start: number } | null)[] = new Array(match.source.length).fill(null);
  const byLine = new Map<number, number[]>();
  match.source.forEach((t, i) => byLine.set(t.at, [...(byLine.get(t.at) ?? []), i]));
  for (const [line, indices] of byLine) {
    const pieces = readPieces(rawLines[line - 1] ?? '', readingsByLine.get(line) ?? []);
    if (!pieces) continue;
    const text = pieces.map((p) => p.text).join('');
    if (/<\/?[a-z]+>/.test(text)) continue; // the checker blanks inline HTML, which moves every offset
    const offsets = tokenOffsets(text);
    const kept = tokenize(text, line)
      .map((t, k) => ({ raw: t.raw, at: offsets[k] }))
      .filter((t) => !noise.has(`${line}\u0000${t.raw}`));
    if (kept.length !== indices.length || kept.some((t, k) => t.raw !== match.source[indices[k]].raw)) continue;
    indices.forEach((si, k) => {
      where[si] = { line, start: kept[k].at };
    });
  }

  const unitLine = new Map<Token, number>();
  for (const u of match.units) for (const t of u.tokens) unitLine.set(t, u.line);
  const plan = emptyPlan();
  for (let round = 0; round < rounds; round++) {
    plan.alterSource = new Map();
    const p = restoredUnits(probe(plan));
    const probed = [...p.header, ...p.body, ...p.loose];
    let kept = 0;
    const keep = (t: Token) => {
      for (const n of numbersIn(t.raw)) {
        const key = `${unitLine.get(t)}|${digitsOf(n.value)}`;
        if (figures.has(digitsOf(n.value)) && !plan.keepRestored.has(key)) {
          plan.keepRestored.add(key);
          kept++;
        }
      }
    };
    match.units.forEach((u, ui) => {
      const after = probed[ui]?.tokens;
      // A unit whose tokens no longer pair one for one keeps all its figures.
      if (!after || after.length !== u.tokens.length) {
        u.tokens.forEach(keep);
        return;
      }
      u.tokens.forEach((t, k) => {
        if (after[k].raw === t.raw) return;
        const si = match.restoredMatch.get(t);
        if (si === undefined) return; // matched nothing in the source: nothing to keep in step with
        const at = where[si];
        const s = match.source[si];
        const altered = at ? alterToken(s.raw, figures, 0.8) : s.raw;
        const token = tokenize(altered, s.at)[0];
        if (at && altered !== s.raw && token && tokensMatch(token, after[k])) {
          plan.alterSource.set(at.line, (plan.alterSource.get(at.line) ?? new Set()).add(at.start));
        } else keep(t);
      });
    });
    if (!kept) break;
  }
  return plan;
}
