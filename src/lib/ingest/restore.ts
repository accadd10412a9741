/**
 * Automatic restoration of OCR text (issue #21): candidates for every OCR token from the
 * inventory (through the confusion model), merged tokens split ("NGHIQUYET") and split tokens
 * joined, then a Viterbi search with a beam over the trigram language model. Every output
 * word gets a confidence: the lower of its share of probability against the other candidates
 * for the same tokens with its neighbours on the best path held fixed, and its posterior
 * probability over all readings of the run (forward–backward).
 */
import { fold } from '../text/fold.ts';
import { ocrKey } from '../fidelity/tokens.ts';
import { channelCost, figureAsWordShare, learnConfusion, tokenCost, type ConfusionModel } from './confusion.ts';
import { probability, probabilityOf, START, trainLanguageModel, trigramKeys, unigram, type LanguageModel } from './lm.ts';
import { alignedPairs, type AlignedPair, type TrainingData } from './training.ts';
import { tokenize } from '../fidelity/tokens.ts';
import { codeLexicon, restoreCode, unknownCodeParts } from './codes.ts';
import {
  applyCasing,
  capitalCounts,
  casingOf,
  isAcronymOrName,
  isFigure,
  isSlashedWords,
  keepMixedCase,
  lmKey,
  normaliseTone,
  ocrRoman,
  readingCasing,
  inCapitalsRun,
  type CapitalCounts,
} from './syllable.ts';

export interface RestorationModel {
  confusion: ConfusionModel;
  lm: LanguageModel;
  /** Every word the model may output, lower case. */
  words: Set<string>;
  /** OCR key → words with that key. */
  byKey: Map<string, string[]>;
  /** OCR key with one letter deleted → words. */
  byDeletion: Map<string, string[]>;
  /** Slugs the model was trained on. */
  trainedOn: string[];
  /** What it was built from, so it can be adapted to a source (adaptModel). */
  sentences: string[][];
  pairs: AlignedPair[];
  dictionary: Iterable<string>;
  /** General Vietnamese text (background.ts), mixed into every language-model probability; null for none. */
  background: LanguageModel | null;
  /** Letter parts of the codes the training text prints (codes.ts: QĐ, TTg, HĐND). */
  codes: Map<string, number>;
  /** How the training text writes each word, with its neighbours, where no sentence opens (readingCasing). */
  capitals: CapitalCounts;
  /** The source prints its marks (marksPrinted): a word it prints is kept as printed, only the rest is restored. */
  keepWords: boolean;
  /** The source's own acronyms (sourceTerms): printed the same way again and again, not flagged unknown. */
  sourceTerms: Set<string>;
}

/** Tuning of the search; defaults measured by `npm run ingest:eval`. */
export const SEARCH = {
  lmWeight: 0.8,
  oovCost: 9,
  splitCost: 3,
  joinCost: 4,
  /** Readings of two OCR tokens joined into one word, for the language model to choose from (3 missed tồn in "T on tai"). */
  joinReadings: 6,
  /** 16 read Tiền Giang and Trà Vinh no better than 12, in a third more time (Hà Tiên: errors marked 87.3% → 83.8%). */
  beam: 12,
  maxCandidates: 24,
  /** Extra cost of reading a short figure as a word its digits look like ("13" for là), unless the training OCR printed it so. */
  figureAsWord: 3,
  /** A short figure kept as printed whose words around it give it less than this share against the words it looks like is that share sure. */
  figureContext: 0.2,
  /**
   * A short figure kept as printed where the language model gives a figure less than this chance after the two words
   * before it ("chuyển 601 80" for chuyển đổi số) is at most half sure. Chosen on 573, Trà Vinh and Hà Tiên: the
   * largest that marks no more of their right figures (0.003 cost 573 one error caught).
   */
  figureAfter: 0.002,
  /** Readings of a first pass at or above this confidence teach the adapted model (adaptModel). */
  adaptConfidence: 0.9,
  /** Each of the source's own confident pairs counts this many times in the adapted confusion model. */
  adaptPairWeight: 4,
  /** Below this confidence a word is wrapped in <Uncertain>. */
  threshold: 0.8,
  /**
   * Share of the background model (general Vietnamese, background.ts) in each language-model
   * probability of a readable source's final reading; 0.05 to 0.35 measured the same within 0.1 point.
   */
  backgroundWeight: 0.2,
};

const keyOf = (word: string) => ocrKey(fold(word));
const push = (m: Map<string, string[]>, k: string, w: string) => {
  const a = m.get(k);
  if (!a) m.set(k, [w]);
  else if (!a.includes(w)) a.push(w);
};
const deletions = (k: string): string[] => {
  const out = new Set<string>();
  for (let i = 0; i < k.length; i++) out.add(k.slice(0, i) + k.slice(i + 1));
  return [...out];
};

/** Running text of a training document, as blocks of words (the language model's sentences). */
export function trainingSentences(data: TrainingData): string[][] {
  const out: string[][] = [];
  for (const d of data.documents) {
    for (const l of d.meta.titleBlock) out.push(tokenize(l, 0).map((t) => t.raw));
    for (const b of d.parsed.blocks) {
      const texts = b.cells ? b.cells.map((c) => c.text) : [b.text];
      for (const t of texts) {
        const words = tokenize(t, 0).map((x) => normaliseTone(x.raw));
        if (words.length) out.push(words);
      }
    }
  }
  return out;
}

/**
 * Whether an OCR source prints the marks (an OCR that kept them, a text layer): half its words or more
 * carry a letter beyond ASCII, and 90% of those are words as printed. The four damaged sources: a fifth
 * carry one, a quarter of those are words (chuyén, Tién); the Đồng Tháp source: 85%, all words.
 */
export function marksPrinted(sourceText: string, words: Set<string>): boolean {
  const letters = tokenize(sourceText, 0)
    .map((t) => t.raw)
    .filter((r) => /^\p{L}+$/u.test(r));
  const marked = letters.filter((r) => /[^ -~]/.test(r));
  if (!letters.length || marked.length < letters.length / 2) return false;
  return marked.filter((r) => words.has(normaliseTone(r.toLowerCase()))).length >= 0.9 * marked.length;
}

/** Builds the model from the training data (one document possibly excluded) and the dictionaries. */
export function buildModel(data: TrainingData, dictionary: Set<string>): RestorationModel {
  // Place names of the vocabularies (not document text) teach "Trà Vinh" even when Trà Vinh's own plan is left out.
  const sentences = [...trainingSentences(data), ...data.names.map((n) => tokenize(n, 0).map((t) => t.raw))];
  // A clean Markdown source (nothing to learn about OCR) would only teach "letters stay letters".
  const pairs = data.documents.flatMap((d) => {
    const p = alignedPairs(d);
    const same = p.filter((x) => x.ocr === x.restored).length;
    return same > p.length * 0.9 ? [] : p;
  });
  const model = modelFrom(
    sentences,
    pairs,
    dictionary,
    data.documents.map((d) => d.slug),
  );
  // Running text with its punctuation (the sentences above have none): where a sentence opens.
  const texts = data.documents.flatMap((d) => d.parsed.blocks.flatMap((b) => (b.cells ? b.cells.map((c) => c.text) : [b.text])));
  return { ...model, capitals: capitalCounts(texts) };
}

/** The model from its three sources: running text, OCR ↔ restored pairs, dictionary words. */
export function modelFrom(
  sentences: string[][],
  pairs: AlignedPair[],
  dictionary: Iterable<string>,
  trainedOn: string[] = [],
  background: LanguageModel | null = null,
): RestorationModel {
  const words = new Set<string>(dictionary);
  for (const s of sentences) for (const w of s) if (/^\p{L}+$/u.test(w)) words.add(w.toLowerCase());
  const byKey = new Map<string, string[]>();
  const byDeletion = new Map<string, string[]>();
  for (const w of words) {
    const k = keyOf(w);
    push(byKey, k, w);
    if (k.length >= 2) for (const d of deletions(k)) push(byDeletion, d, w);
  }
  return {
    confusion: learnConfusion(pairs),
    lm: trainLanguageModel(sentences, words),
    words,
    byKey,
    byDeletion,
    trainedOn,
    sentences,
    pairs,
    dictionary,
    background,
    codes: codeLexicon(sentences.flat()),
    capitals: new Map(),
    keepWords: false,
    sourceTerms: new Set(),
  };
}

/** One decoded run of a first pass: the OCR tokens and the readings. */
export interface DecodedRun {
  raws: string[];
  out: RestoredToken[];
}

/**
 * The model adapted to one source by its own first reading (unsupervised, no hand restoration):
 * the confident readings join the language model's text (the document repeats its phrases) and
 * the confusion model's pairs (the source's own damage: a source whose letters are clean makes
 * letter changes costly, a garbled one teaches its own damage). Runs are cut at every reading
 * below `SEARCH.adaptConfidence`; the model's training data is kept as it was (the exclusion holds).
 */
export function adaptModel(model: RestorationModel, runs: DecodedRun[], background: LanguageModel | null = model.background): RestorationModel {
  const sentences: string[][] = [];
  const pairs: AlignedPair[] = [];
  for (const r of runs) {
    let cur: string[] = [];
    const flush = () => {
      if (cur.length) sentences.push(cur);
      cur = [];
    };
    r.out.forEach((o, i) => {
      if (o.text === '') return;
      if (o.unknown || (o.wordConfidence ?? o.confidence) < SEARCH.adaptConfidence) return flush();
      const words = o.text.toLowerCase().split(' ');
      cur.push(...words);
      if (words.length === 1 && (i + 1 >= r.out.length || r.out[i + 1].text !== '')) pairs.push({ ocr: r.raws[i], restored: o.text });
    });
    flush();
  }
  const own = Array.from({ length: SEARCH.adaptPairWeight }, () => pairs).flat();
  // The codes stay the training text's: a code the first reading could not restore must not teach itself.
  return {
    ...modelFrom([...model.sentences, ...sentences], [...model.pairs, ...own], model.dictionary, model.trainedOn, background),
    codes: model.codes,
    capitals: model.capitals,
    keepWords: model.keepWords,
    sourceTerms: sourceTerms(runs.flatMap((r) => r.raws)),
  };
}

/**
 * Acronyms a source prints the same way three times or more (HTTT, TT&TT, HTTT/CSDL): the document's own terms, which
 * the training text may never have printed. One-off garble does not repeat itself letter for letter, so they are no
 * unknown words to flag, unless a part the training text does not know has a letter the OCR makes of a Đ (D, B, P):
 * 112 prints TTDT seven times for TTĐT.
 */
export function sourceTerms(raws: string[], times = 3): Set<string> {
  const counts = new Map<string, number>();
  for (const r of raws) if (/^[A-Z][A-Z&/-]*[A-Z]$/.test(r)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= times).map(([r]) => r));
}

/** A source term is sure unless a part the training text does not know has a letter the OCR makes of a Đ (D, B, P). */
const termSure = (model: RestorationModel, raw: string) =>
  model.sourceTerms.has(raw) && raw.split(/[&/-]/).every((p) => !/[DBP]/.test(p) || model.codes.has(p) || model.words.has(p.toLowerCase()));

/** One reading of one or more OCR tokens. */
interface Candidate {
  words: string[];
  cost: number;
  identity: boolean;
}

interface Edge {
  from: number;
  span: number;
  candidates: Candidate[];
}

export interface RestoredToken {
  /** The OCR token. */
  raw: string;
  /** The reading, cased like the OCR ('' when the previous token's reading absorbed this one). */
  text: string;
  /** Probability share of the reading against its alternatives, 0–1, and no more than its casing is sure. */
  confidence: number;
  /** The same, case aside: the word's share alone (absent: `confidence`). The adapted model learns words in lower case. */
  wordConfidence?: number;
  /** No inventory word fits: the token is kept as printed and flagged. */
  unknown: boolean;
  /** How many candidates competed. */
  alternatives: number;
}

const channelMemo = new WeakMap<RestorationModel, Map<string, Candidate[]>>();

/** Candidate readings of one OCR token (lower case), best first. */
export function candidatesFor(model: RestorationModel, raw: string): Candidate[] {
  const roman = ocrRoman(raw);
  if (roman) return [{ words: [roman], cost: 0, identity: true }];
  // Words joined by a slash (tin/co for tin/cơ) are read part by part: a reading of the whole token dropped a part.
  if (isSlashedWords(raw)) return [{ words: [restoreCode(raw, model.codes, (w) => readAlone(model, w))], cost: 0, identity: true }];
  // Capitals with a 0 or 1 the OCR printed for O or I (I0C, 10C, 1SO) are the acronym the training text prints.
  const digitsRead = /^[A-Z01]{3,}$/.test(raw) && /[01]/.test(raw) && /[A-Z]/.test(raw) ? raw.replace(/0/g, 'O').replace(/1/g, 'I') : null;
  if (digitsRead && model.words.has(digitsRead.toLowerCase())) return [{ words: [digitsRead], cost: 0, identity: true }];
  const ocr = raw.normalize('NFC').toLowerCase();
  // Where the source prints its marks, a word as printed is kept; so is what cannot be a misread Vietnamese word: an
  // acronym or a Roman number in capitals (UBND, TT&TT, I) or a foreign word in plain letters (Platform, chain); the
  // reader checks those the dictionaries lack (flagged unknown).
  if (model.keepWords && (model.words.has(normaliseTone(ocr)) || /^[A-Z0-9&-]+s?$/.test(raw) || /^[a-zA-Z-]{3,}$/.test(raw)))
    return [{ words: [raw], cost: 0, identity: true }];
  let memo = channelMemo.get(model);
  if (!memo) channelMemo.set(model, (memo = new Map()));
  // An acronym or a CamelCase name is likeliest as printed, with a Đ the training text prints restored (TTDT →
  // TTĐT); the words it may be a misreading of still compete (BND for UBND).
  const acronym = isAcronymOrName(raw);
  const memoKey = acronym ? `${ocr}\u0001` : ocr;
  const hit = memo.get(memoKey);
  if (hit) return hit;
  const asPrinted: Candidate | null = acronym ? { words: [restoreCode(raw, model.codes, (w) => w)], cost: 0, identity: true } : null;
  const out: Candidate[] = asPrinted ? [asPrinted] : [];
  if (isFigure(raw)) {
    // Kept as printed, but with the marks of its letters restored (749/QD-TTg → 749/QĐ-TTg).
    out.push({ words: [restoreCode(raw, model.codes, (w) => readAlone(model, w))], cost: 0, identity: true });
    // Short figures are often letters the OCR read as digits ("13" for là, "1" for l).
    if (/^\d{1,2}$/.test(raw) && !model.keepWords) {
      const seen = model.confusion.tokens.get(ocr);
      for (const w of lookup(model, ocr)) {
        // A figure the training OCR printed for this word ("18" for lệ in "tỷ lệ") is likelier than a look-alike.
        const direct = seen?.has(w) ? tokenCost(model.confusion, w, ocr) : null;
        out.push({
          words: [w],
          cost: Math.min(channelCost(model.confusion, w, ocr) + SEARCH.figureAsWord, direct === null ? Infinity : direct + 1),
          identity: false,
        });
      }
    }
  } else {
    const pool = new Set(lookup(model, ocr));
    // Whole OCR tokens seen in training ("ctia" → của) are candidates however far their letters are.
    const seen = model.confusion.tokens.get(ocr);
    if (seen) for (const w of seen.keys()) if (model.words.has(w)) pool.add(w);
    for (const w of pool) {
      // The acronym as printed already stands for its own letters (CNTT and cntt write the same): two candidates
      // for one reading would halve its confidence.
      if (asPrinted && w === asPrinted.words[0].toLowerCase()) continue;
      const direct = tokenCost(model.confusion, w, ocr);
      out.push({ words: [w], cost: Math.min(channelCost(model.confusion, w, ocr), direct === null ? Infinity : direct + 1), identity: false });
    }
    if (!model.words.has(ocr) && !acronym) out.push({ words: [raw], cost: SEARCH.oovCost, identity: true });
    // A token that no word fits well may be several words run together.
    const letters = ocr.replace(/[^\p{L}\p{N}]/gu, '');
    const bestSingle = Math.min(...out.map((c) => c.cost));
    if (letters.length >= 5 && letters === ocr && !model.byKey.has(keyOf(ocr)) && bestSingle > 3) {
      for (let i = 2; i <= ocr.length - 2; i++) {
        const [a] = closestWords(model, ocr.slice(0, i), 1);
        const [b] = closestWords(model, ocr.slice(i), 1);
        if (a && b) out.push({ words: [a.w, b.w], cost: a.cost + b.cost + SEARCH.splitCost, identity: false });
      }
    }
  }
  // Keep the candidates most likely a priori too (channel and unigram), so a frequent word with
  // one more changed mark ("đổi" for "doi") is not crowded out by rare look-alikes.
  const prior = (c: Candidate) => c.cost + c.words.reduce((acc, w) => acc - Math.log(unigramOf(model, w)) * 0.5, 0);
  out.sort((x, y) => prior(x) - prior(y));
  const kept = out.slice(0, SEARCH.maxCandidates);
  if (asPrinted && !kept.includes(asPrinted)) kept.push(asPrinted);
  memo.set(memoKey, kept);
  return kept;
}

/** The likeliest reading of a word on its own (a word inside a figure), cased like the OCR. */
function readAlone(model: RestorationModel, raw: string): string {
  const best = candidatesFor(model, raw)[0];
  return best && !best.identity && best.words.length === 1 ? applyCasing(best.words[0], casingOf(raw, false)) : raw;
}

/** The inventory words with the part's OCR key, closest first (at most `limit`). */
function closestWords(model: RestorationModel, part: string, limit: number): { w: string; cost: number }[] {
  return (model.byKey.get(keyOf(part)) ?? [])
    .map((w) => ({ w, cost: channelCost(model.confusion, w, part) }))
    .sort((a, b) => a.cost - b.cost)
    .slice(0, limit);
}

/**
 * Two letters the OCR prints for a u or ư under a mark, which a one-edit lookup misses: two strokes, "ii" (key "ll":
 * "diing" for dùng, "nhiing" for những), and a vowel with an r, as no Vietnamese syllable has an r after its vowel
 * ("tharc" for thức, "tor" for tử).
 */
const TWO_FOR_U = /ll|[aeoul]r/g;

/** Inventory words within about one OCR-key edit of the token (two for long tokens). */
function lookup(model: RestorationModel, ocr: string): string[] {
  const k = keyOf(ocr);
  if (!k) return [];
  const found = new Set<string>(model.byKey.get(k) ?? []);
  const asU = k.replace(TWO_FOR_U, 'u');
  if (asU !== k) for (const w of model.byKey.get(asU) ?? []) found.add(w);
  for (const w of model.byDeletion.get(k) ?? []) found.add(w);
  const dels = deletions(k);
  for (const d of dels) {
    for (const w of model.byKey.get(d) ?? []) found.add(w);
    for (const w of model.byDeletion.get(d) ?? []) found.add(w);
  }
  if (found.size < 5 && k.length >= 3)
    for (const d of dels)
      for (const d2 of deletions(d)) {
        for (const w of model.byKey.get(d2) ?? []) found.add(w);
        for (const w of model.byDeletion.get(d2) ?? []) found.add(w);
      }
  return [...found];
}

interface State {
  u: string;
  v: string;
  cost: number;
  back: State | null;
  edge: Edge | null;
  cand: Candidate | null;
}

const decodeMemo = new WeakMap<RestorationModel, Map<string, RestoredToken[]>>();

/** Restores one run of OCR tokens (a paragraph, a heading, a table cell); the same run is decoded once. */
export function restoreTokens(model: RestorationModel, raws: string[], capsLine = false, openers: boolean[] = []): RestoredToken[] {
  let memo = decodeMemo.get(model);
  if (!memo) decodeMemo.set(model, (memo = new Map()));
  const key = `${capsLine ? 1 : 0}\u0002${openers.map(Number).join('')}\u0002${raws.join('\u0001')}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const out = decode(model, raws, capsLine, openers);
  memo.set(key, out);
  return out;
}

/**
 * A word of three capitals or more, with a consonant and a vowel other than I, between two words in small letters
 * (mạng LAN tại, phần mềm MISA giải): an acronym or a name, kept as printed. A Vietnamese word is set in capitals in
 * a heading or a table's phrase in capitals, not alone in running text; every such word in 112, 573 and Trà Vinh is
 * printed so (read LẦN, SẸO, MỈA before). Capitals with no other vowel than I are the garbled OCR's too (CNTI, IDXP).
 */
export function loneCapitals(raws: string[], i: number): boolean {
  const small = (r: string | undefined) => r !== undefined && /\p{Ll}/u.test(r);
  return /^(?=[A-Z]*[AEOU])(?=[A-Z]*[B-DF-HJ-NP-TV-Z])[A-Z]{3,}$/.test(raws[i]) && small(raws[i - 1]) && small(raws[i + 1]);
}

/** The lattice of one run: at each token, its candidates and a join with the next token where it fits. */
function latticeOf(model: RestorationModel, raws: string[]): Edge[][] {
  const n = raws.length;
  const edges: Edge[][] = Array.from({ length: n }, () => []);
  // A part's heading ("Phần I", as romanNumbering writes "Phan |"): its word and number are as written, certain.
  const partHeading = n >= 2 && /^(Phần|PHẦN)$/.test(raws[0]) && /^[IVX]{1,4}$/.test(raws[1]);
  for (let i = 0; i < n; i++) {
    if ((partHeading && i < 2) || loneCapitals(raws, i)) {
      edges[i].push({ from: i, span: 1, candidates: [{ words: [raws[i]], cost: 0, identity: true }] });
      continue;
    }
    edges[i].push({ from: i, span: 1, candidates: candidatesFor(model, raws[i]) });
    // Two short pieces of one word split by the OCR ("thir" "tw" stay two, "ho" "at" may be one).
    // Not where the source prints its marks and both pieces are words as printed ("Khoá XI").
    const printedWords = model.keepWords && [raws[i], raws[i + 1] ?? ''].every((r) => model.words.has(normaliseTone(r.toLowerCase())));
    if (i + 1 < n && !printedWords && !loneCapitals(raws, i + 1) && /^\p{L}{1,4}$/u.test(raws[i]) && /^\p{L}{1,4}$/u.test(raws[i + 1])) {
      const joined = (raws[i] + raws[i + 1]).toLowerCase();
      // The few closest words, for the language model to choose ("T" "on" is tồn in "tồn tại", not tôn).
      const joins = closestWords(model, joined, SEARCH.joinReadings);
      if (joins.length) edges[i].push({ from: i, span: 2, candidates: joins.map((b) => ({ words: [b.w], cost: b.cost + SEARCH.joinCost, identity: false })) });
    }
  }
  return edges;
}

/** P(w | u v): the documents' model, with the background's share mixed in when there is one. */
function mixedProbability(model: RestorationModel, u: string, v: string, w: string): number {
  if (!model.background) return probability(model.lm, u, v, w);
  const keys = trigramKeys(u, v, w);
  const b = SEARCH.backgroundWeight;
  return (1 - b) * probabilityOf(model.lm, keys) + b * probabilityOf(model.background, keys);
}

function unigramOf(model: RestorationModel, w: string): number {
  const p = unigram(model.lm, w);
  if (!model.background) return p;
  const b = SEARCH.backgroundWeight;
  return (1 - b) * p + b * unigram(model.background, w);
}

/** The language model's cost of `w` after `u v`, all three keyed already (lmKey, as `through` and `flat` hold them): not keyed again. */
const lmCostOf = (model: RestorationModel) => (u: string, v: string, w: string) => -Math.log(mixedProbability(model, u, v, w)) * SEARCH.lmWeight;

/** Posterior probability of each reading of each token of a run, summed over all readings of the run (for tests and inspection). */
export function readingPosteriors(model: RestorationModel, raws: string[]): Map<string, number>[] {
  const edges = latticeOf(model, raws);
  return posteriors(edges, lmCostOf(model), raws.length).map((m) => {
    const out = new Map<string, number>();
    for (const [c, p] of m) out.set(c.words.join(' '), (out.get(c.words.join(' ')) ?? 0) + p);
    return out;
  });
}

/**
 * One step of the lattice search, shared by the best-path search and the forward–backward pass:
 * from the trigram context (u, v) through a candidate's words, adding each word's LM cost to
 * `cost`; the new context and its state key.
 */
function through(lmCost: (u: string, v: string, w: string) => number, from: { u: string; v: string }, cost: number, c: Candidate) {
  let { u, v } = from;
  for (const word of c.words) {
    const w = lmKey(word);
    cost += lmCost(u, v, w);
    u = v;
    v = w;
  }
  return { u, v, cost, key: `${u}\u0001${v}` };
}

/** `openers[i]`: token i opens a sentence (sentenceOpeners); absent, every token may keep the OCR's capital. */
function decode(model: RestorationModel, raws: string[], capsLine: boolean, openers: boolean[]): RestoredToken[] {
  const n = raws.length;
  const capitalsRun = inCapitalsRun(raws);
  const edges = latticeOf(model, raws);
  const lmCost = lmCostOf(model);
  const beams: Map<string, State>[] = Array.from({ length: n + 1 }, () => new Map());
  beams[0].set(`${START}\u0001${START}`, { u: START, v: START, cost: 0, back: null, edge: null, cand: null });
  for (let i = 0; i < n; i++) {
    const states = [...beams[i].values()].sort((a, b) => a.cost - b.cost).slice(0, SEARCH.beam);
    for (const s of states)
      for (const e of edges[i])
        for (const c of e.candidates) {
          const { u, v, cost, key } = through(lmCost, s, s.cost + c.cost, c);
          const target = beams[i + e.span];
          const old = target.get(key);
          if (!old || cost < old.cost) target.set(key, { u, v, cost, back: s, edge: e, cand: c });
        }
  }
  let best: State | null = null;
  for (const s of beams[n].values()) if (!best || s.cost < best.cost) best = s;
  const path: { edge: Edge; cand: Candidate }[] = [];
  for (let s = best; s && s.edge && s.cand; s = s.back) path.unshift({ edge: s.edge, cand: s.cand });
  // Words of the best path, for the confidence of each step with its neighbours fixed.
  const flat: string[] = [];
  const startOf: number[] = [];
  for (const p of path) {
    startOf.push(flat.length);
    flat.push(...p.cand.words.map(lmKey));
  }
  const out: RestoredToken[] = raws.map((raw) => ({ raw, text: '', confidence: 1, unknown: false, alternatives: 0 }));
  const post = posteriors(edges, lmCost, n);
  path.forEach((p, k) => {
    const at = startOf[k];
    const before = [flat[at - 2] ?? START, flat[at - 1] ?? START];
    if (at - 1 < 0) before[0] = START;
    const after = flat.slice(at + p.cand.words.length, at + p.cand.words.length + 2);
    const score = (c: Candidate, channel = true) => {
      let u = before[0];
      let v = before[1];
      let cost = channel ? c.cost : 0;
      for (const w of [...c.words.map(lmKey), ...after]) {
        cost += lmCost(u, v, w);
        u = v;
        v = w;
      }
      return cost;
    };
    const alts = edges[p.edge.from].flatMap((e) => (e.span === p.edge.span ? e.candidates : []));
    const mine = score(p.cand);
    let z = 0;
    for (const c of alts) z += Math.exp(mine - score(c));
    // The lower of the two: the share with the neighbours fixed, the posterior over all readings.
    z = Math.max(z, 1 / Math.max(1e-9, post[p.edge.from]?.get(p.cand) ?? 0));
    const neighbours = { prev: flat[at - 1], next: flat[at + p.cand.words.length] };
    const { casing, sure: caseSure } = readingCasing(
      raws[p.edge.from],
      p.cand.words[0],
      capsLine || capitalsRun[p.edge.from],
      openers[p.edge.from] ?? true,
      neighbours,
      model.capitals,
    );
    // A capital opens the first word of a merged token only ("Nghiquyet" → "Nghị quyết"); capitals run through all of them.
    const text = p.cand.identity
      ? p.cand.words.join(' ')
      : keepMixedCase(raws[p.edge.from], p.cand.words.map((w, k) => applyCasing(w, k === 0 || casing === 'upper' ? casing : 'lower')).join(' '));
    // A short figure kept as printed is a word as often as the training OCR printed it for one ("13" for là).
    const figureKept = p.cand.identity && /^\d{1,3}$/.test(raws[p.edge.from]);
    // And only as sure as the words around it make a figure: "Nghị định 50 47/2020" is Nghị định số; the channel never
    // saw 5 for s, so only the context says so.
    let zContext = 0;
    if (figureKept) {
      const mineInContext = score(p.cand, false);
      for (const c of alts) zContext += Math.exp(mineInContext - score(c, false));
    }
    const figureChanged = (isFigure(raws[p.edge.from]) && !p.cand.identity) || (isSlashedWords(raws[p.edge.from]) && text !== raws[p.edge.from]);
    // Where the source prints its marks, what it prints with no other reading is kept, not read: certain.
    const kept = model.keepWords && p.cand.identity && alts.length === 1;
    const word = kept
      ? 1
      : figureChanged
        ? Math.min(0.5, 1 / z)
        : figureKept
          ? Math.min(
              1 - figureAsWordShare(model.confusion, raws[p.edge.from]),
              1 / z,
              1 / zContext < SEARCH.figureContext ? 1 / zContext : 1,
              mixedProbability(model, before[0], before[1], '<num>') < SEARCH.figureAfter ? 0.5 : 1,
            )
          : 1 / z;
    out[p.edge.from] = {
      raw: raws[p.edge.from],
      text,
      confidence: kept ? 1 : Math.min(caseSure, word),
      wordConfidence: word,
      unknown:
        p.cand.identity &&
        !termSure(model, raws[p.edge.from]) &&
        (isFigure(raws[p.edge.from])
          ? unknownCodeParts(text, model.codes, model.words).length > 0
          : !isSlashedWords(raws[p.edge.from]) &&
            !ocrRoman(raws[p.edge.from]) &&
            !/^[IVX]+$/.test(raws[p.edge.from]) &&
            !model.words.has(normaliseTone(raws[p.edge.from].toLowerCase()))),
      alternatives: alts.length,
    };
    for (let j = 1; j < p.edge.span; j++)
      out[p.edge.from + j] = { raw: raws[p.edge.from + j], text: '', confidence: out[p.edge.from].confidence, unknown: false, alternatives: 0 };
  });
  return out;
}

interface FbState {
  u: string;
  v: string;
  alpha: number;
  beta: number;
}

const logAdd = (a: number, b: number) => (a === -Infinity ? b : b === -Infinity ? a : Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b))));

/**
 * Posterior probability of every candidate of the lattice, summed over all readings of the run
 * (forward–backward over the trigram states, pruned to the same beam as the search), so a word
 * whose neighbours are themselves in doubt is not scored as if they were certain.
 */
function posteriors(edges: Edge[][], lmCost: (u: string, v: string, w: string) => number, n: number): Map<Candidate, number>[] {
  const states: Map<string, FbState>[] = Array.from({ length: n + 1 }, () => new Map());
  states[0].set(`${START}\u0001${START}`, { u: START, v: START, alpha: 0, beta: -Infinity });
  const moves: { from: FbState; to: FbState; cand: Candidate; logp: number }[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const live = [...states[i].values()].sort((a, b) => b.alpha - a.alpha).slice(0, SEARCH.beam);
    for (const s of live)
      for (const e of edges[i])
        for (const c of e.candidates) {
          const { u, v, cost, key } = through(lmCost, s, c.cost, c);
          const target = states[i + e.span];
          let t = target.get(key);
          if (!t) target.set(key, (t = { u, v, alpha: -Infinity, beta: -Infinity }));
          t.alpha = logAdd(t.alpha, s.alpha - cost);
          moves[i].push({ from: s, to: t, cand: c, logp: -cost });
        }
  }
  let logZ = -Infinity;
  for (const s of states[n].values()) {
    s.beta = 0;
    logZ = logAdd(logZ, s.alpha);
  }
  for (let i = n - 1; i >= 0; i--) for (const m of moves[i]) if (m.to.beta > -Infinity) m.from.beta = logAdd(m.from.beta, m.logp + m.to.beta);
  // Candidates are shared between equal OCR tokens of a run: one map per position.
  const out = Array.from({ length: n }, () => new Map<Candidate, number>());
  for (let i = 0; i < n; i++)
    for (const m of moves[i]) {
      if (m.to.beta === -Infinity) continue;
      out[i].set(m.cand, (out[i].get(m.cand) ?? 0) + Math.exp(m.from.alpha + m.logp + m.to.beta - logZ));
    }
  return out;
}
