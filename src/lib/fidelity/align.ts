/**
 * Token alignment for the fidelity checker, tuned for large corpora (issue #12, scale test).
 *
 * `myersAlign` is the Myers diff of jsdiff's `diffArrays` (diff 8.0.4, src/diff/base.ts), ported
 * step for step so it takes the same path choices and so yields the same alignment, but with its
 * paths in a dense array (jsdiff indexes an array by negative diagonals, which makes it a slow
 * dictionary) and without building change objects. `tokenMatcher` memoises the fuzzy token
 * comparison by token class: two tokens with the same folded form (and the same one-character
 * flag) compare alike, so each pair of classes is compared once per alignment.
 */
import { keyDistance, tokensMatch, type Token } from './tokens.ts';

interface Component {
  count: number;
  added: boolean;
  removed: boolean;
  prev: Component | undefined;
}
interface Path {
  oldPos: number;
  last: Component | undefined;
}

function addToPath(path: Path, added: boolean, removed: boolean, oldPosInc: number): Path {
  const last = path.last;
  if (last && last.added === added && last.removed === removed) {
    return { oldPos: path.oldPos + oldPosInc, last: { count: last.count + 1, added, removed, prev: last.prev } };
  }
  return { oldPos: path.oldPos + oldPosInc, last: { count: 1, added, removed, prev: last } };
}

/**
 * Aligns an old sequence of `oldLen` items with a new one of `newLen` items; `equals(o, n)` says
 * whether old item o matches new item n. Returns, per new item, the index of the old item it was
 * matched to, or -1. Same result as reading jsdiff's `diffArrays(old, new, { comparator })`.
 */
export function myersAlign(oldLen: number, newLen: number, equals: (o: number, n: number) => boolean): Int32Array {
  const out = new Int32Array(newLen).fill(-1);
  if (!oldLen || !newLen) return out;
  const maxEditLength = newLen + oldLen;
  const offset = maxEditLength + 1;
  const bestPath: (Path | undefined)[] = new Array(2 * maxEditLength + 3).fill(undefined);
  const extractCommon = (basePath: Path, diagonal: number): number => {
    let oldPos = basePath.oldPos;
    let newPos = oldPos - diagonal;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && equals(oldPos + 1, newPos + 1)) {
      newPos++;
      oldPos++;
      common++;
    }
    if (common) basePath.last = { count: common, added: false, removed: false, prev: basePath.last };
    basePath.oldPos = oldPos;
    return newPos;
  };
  const build = (last: Component | undefined): Int32Array => {
    const components: Component[] = [];
    for (let c = last; c; c = c.prev) components.push(c);
    let i = 0;
    let j = 0;
    for (let k = components.length - 1; k >= 0; k--) {
      const c = components[k];
      if (c.added) j += c.count;
      else if (c.removed) i += c.count;
      else {
        for (let m = 0; m < c.count; m++) out[j + m] = i + m;
        i += c.count;
        j += c.count;
      }
    }
    return out;
  };
  const seed: Path = { oldPos: -1, last: undefined };
  bestPath[offset] = seed;
  let newPos = extractCommon(seed, 0);
  if (seed.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return build(seed.last);
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEditLength; editLength++) {
    for (let d = Math.max(minDiagonal, -editLength); d <= Math.min(maxDiagonal, editLength); d += 2) {
      const removePath = bestPath[offset + d - 1];
      const addPath = bestPath[offset + d + 1];
      if (removePath) bestPath[offset + d - 1] = undefined;
      let canAdd = false;
      if (addPath) {
        const addPathNewPos = addPath.oldPos - d;
        canAdd = 0 <= addPathNewPos && addPathNewPos < newLen;
      }
      const canRemove = removePath !== undefined && removePath.oldPos + 1 < oldLen;
      if (!canAdd && !canRemove) {
        bestPath[offset + d] = undefined;
        continue;
      }
      const basePath =
        !canRemove || (canAdd && removePath!.oldPos < addPath!.oldPos) ? addToPath(addPath!, true, false, 0) : addToPath(removePath!, false, true, 1);
      newPos = extractCommon(basePath, d);
      if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return build(basePath.last);
      bestPath[offset + d] = basePath;
      if (basePath.oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  return out; // unreachable: an edit script of length oldLen + newLen always exists
}

/** Token classes: tokensMatch reads only a token's folded form and whether it is one character long. */
const classIds = new Map<string, number>();
const classOfToken = new WeakMap<Token, number>();
const representatives: Token[] = [];

export function tokenClass(t: Token): number {
  let id = classOfToken.get(t);
  if (id === undefined) {
    const sig = `${t.raw.length === 1 ? '1' : '0'}${t.folded}`;
    id = classIds.get(sig);
    if (id === undefined) {
      id = representatives.length;
      classIds.set(sig, id);
      representatives.push(t);
    }
    classOfToken.set(t, id);
  }
  return id;
}

/** `tokensMatch(source[i], restored[j])` for fixed lists of tokens, memoised by token class. */
export function tokenMatcher(source: Token[], restored: Token[]): (i: number, j: number) => boolean {
  const local = (tokens: Token[], reps: Token[]) => {
    const ids = new Map<number, number>();
    const out = new Int32Array(tokens.length);
    tokens.forEach((t, i) => {
      const c = tokenClass(t);
      let l = ids.get(c);
      if (l === undefined) {
        l = reps.length;
        ids.set(c, l);
        reps.push(representatives[c]);
      }
      out[i] = l;
    });
    return out;
  };
  const repA: Token[] = [];
  const repB: Token[] = [];
  const a = local(source, repA);
  const b = local(restored, repB);
  const width = repB.length;
  if (repA.length * width <= 32_000_000) {
    const memo = new Uint8Array(repA.length * width); // 0 unknown, 1 match, 2 no match
    return (i, j) => {
      const k = a[i] * width + b[j];
      let v = memo[k];
      if (v === 0) {
        v = tokensMatch(repA[a[i]], repB[b[j]]) ? 1 : 2;
        memo[k] = v;
      }
      return v === 1;
    };
  }
  const memo = new Map<number, boolean>();
  return (i, j) => {
    const k = a[i] * width + b[j];
    let v = memo.get(k);
    if (v === undefined) {
      v = tokensMatch(repA[a[i]], repB[b[j]]);
      memo.set(k, v);
    }
    return v;
  };
}

/** Aligns restored tokens to source tokens; returns, per restored token, the matched source index or -1. */
export function alignTokens(source: Token[], restored: Token[]): Int32Array {
  if (!source.length || !restored.length) return new Int32Array(restored.length).fill(-1);
  return myersAlign(source.length, restored.length, tokenMatcher(source, restored));
}

/**
 * Trades back crossed matches. The loose token match lets an order-free pass (the header, the closing
 * lines, the leftovers) or a flattened table give a word to a look-alike nearby: in 573's OCR "SAN"
 * took "Số" and "S6" took "SẢN". Two nearby matches whose restored words run against the source's
 * order, or of which one is `orderFree` (the header's two columns and the closing lines, whose reading
 * order says nothing of the OCR's), swap their words when together they then read closer to their
 * source letters (OCR-folded edit distance). Other matches in reading order are left alone, since an
 * OCR may garble a vowel consistently (Hà Tiên's "ph6" is phê, not phố). Returns the new restored-token
 * → source-index map; the set of matched tokens is the same, so the fidelity coverage does not change,
 * but the pairs the ingest model learns from and is scored on become the right ones.
 */
export function uncrossMatches(
  source: Token[],
  matches: ReadonlyMap<Token, number>,
  readingOrder: Token[],
  { orderFree = new Set<Token>(), reach = 80, lineReach = 10 }: { orderFree?: ReadonlySet<Token>; reach?: number; lineReach?: number } = {},
): Map<Token, number> {
  const order = new Map<Token, number>();
  for (const t of readingOrder) order.set(t, order.size);
  const pairs: [number, Token][] = [...matches].map(([t, si]) => [si, t] as [number, Token]).sort((a, b) => a[0] - b[0]);
  const memo = new Map<string, number>();
  const cost = (si: number, t: Token): number => {
    const k = `${source[si].key}\u0000${t.key}`;
    let c = memo.get(k);
    if (c === undefined) memo.set(k, (c = keyDistance(source[si], t)));
    return c;
  };
  const now = pairs.map(([si, t]) => cost(si, t));
  for (let pass = 0; pass < 8; pass++) {
    let swapped = false;
    for (let a = 0; a < pairs.length; a++) {
      if (now[a] === 0) continue; // a pair that reads alike is never given away
      const [si, ti] = pairs[a];
      // The crossing (or order-free) neighbour whose trade gains most, if any.
      let best = -1;
      let bestGain = 0;
      for (let b = a + 1; b < pairs.length && pairs[b][0] - si <= reach; b++) {
        if (now[b] === 0) continue;
        const [sj, tj] = pairs[b];
        if (Math.abs(source[si].at - source[sj].at) > lineReach) continue;
        if (order.get(tj)! > order.get(ti)! && !orderFree.has(ti) && !orderFree.has(tj)) continue;
        const gain = now[a] + now[b] - cost(si, tj) - cost(sj, ti);
        if (gain > bestGain && tokensMatch(source[si], tj) && tokensMatch(source[sj], ti)) {
          best = b;
          bestGain = gain;
        }
      }
      if (best < 0) continue;
      const [sj, tj] = pairs[best];
      pairs[a] = [si, tj];
      pairs[best] = [sj, ti];
      now[a] = cost(si, tj);
      now[best] = cost(sj, ti);
      swapped = true;
    }
    if (!swapped) break;
  }
  return new Map(pairs.map(([si, t]) => [t, si]));
}
