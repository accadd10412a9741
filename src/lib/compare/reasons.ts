/**
 * Why a pair cannot be compared, and why a result meets its target or not, as data: a reason
 * code with its parameters (src/lib/compare/verdict.ts, src/lib/data/status.ts make them), worded
 * per edition from the string tables (reason.* and dim.* in src/i18n). The Vietnamese wording is
 * the text the dataset publishes (status_reason, status_flag, comparison.json's reason).
 */
import { t, type Lang, type UiKey } from '../../i18n/index.ts';
import type { BASES, COUNTED, LEVELS, SCOPES } from '../../schemas/comparability.ts';
import type { Unit } from '../../schemas/indicator.ts';
import type { PrintedStatus } from '../../schemas/target.ts';
import { formatNumberIn, unitSuffixIn } from '../format.ts';
import { escapeRegExp } from '../text/regexp.ts';

type Counted = keyof typeof COUNTED;
/** Comparison of a result's figure with its target's: what the reason says of them. */
export type Relation = 'meets' | 'above' | 'not-above' | 'below';

export type Reason =
  /** The units differ (verdict: "không nêu" for a missing unit). */
  | { code: 'unit'; local: Unit | null; national: Unit | null }
  /** A result's unit and its target's differ ("không rõ" for a missing unit). */
  | { code: 'result-unit'; result: Unit | null; target: Unit | null }
  | { code: 'population' | 'counted'; local: Counted; national: Counted }
  | { code: 'denominator'; local: string | null; national: string | null }
  | { code: 'scope'; local: keyof typeof SCOPES; national: keyof typeof SCOPES }
  | { code: 'level'; local: keyof typeof LEVELS | null; national: keyof typeof LEVELS | null }
  | { code: 'base'; local: keyof typeof BASES | null; national: keyof typeof BASES | null }
  | { code: 'no-figure' }
  | { code: 'no-result-figure' }
  | { code: 'no-reference' }
  | { code: 'figure'; relation: Relation; value: number; unit: Unit | null; target: number; targetUnit: Unit | null; rank: boolean }
  | { code: 'printed-contradicts'; printed: PrintedStatus; reason: Reason };
export type ReasonCode = Reason['code'];

/** Every reason code (the unit test checks each has a wording in both languages). */
export const REASON_CODES = [
  'unit',
  'result-unit',
  'population',
  'counted',
  'denominator',
  'scope',
  'level',
  'base',
  'no-figure',
  'no-result-figure',
  'no-reference',
  'figure',
  'printed-contradicts',
] as const satisfies readonly ReasonCode[];

const PRINTED: Record<PrintedStatus, string> = { dat: 'ĐẠT', 'chua-dat': 'CHƯA ĐẠT' };

/** One reason in `lang`: "khác nhóm dân số: 15 tuổi trở lên / toàn dân" / "different populations: aged 15 and over / whole population". */
export function wordReason(r: Reason, lang: Lang): string {
  const s = (key: UiKey, params: Record<string, string | number> = {}) => t(lang, key, params);
  const dim = (prefix: string, v: string | null, missing: UiKey) => (v === null ? s(missing) : s(`${prefix}.${v}` as UiKey));
  const pair = (key: UiKey, local: string, national: string) => s(key, { local, national });
  const figure = (n: number, unit: Unit | null) => `${formatNumberIn(lang)(n)}${unitSuffixIn(lang, unit)}`;
  switch (r.code) {
    case 'unit':
    case 'level':
    case 'base':
      return pair(`reason.${r.code}`, dim(`dim.${r.code}`, r.local, 'dim.notStated'), dim(`dim.${r.code}`, r.national, 'dim.notStated'));
    case 'result-unit':
      return pair('reason.unit', dim('dim.unit', r.result, 'dim.unknown'), dim('dim.unit', r.target, 'dim.unknown'));
    case 'population':
    case 'counted':
      return pair(`reason.${r.code}`, s(`dim.counted.${r.local}`), s(`dim.counted.${r.national}`));
    case 'denominator':
      return pair('reason.denominator', r.local ?? s('dim.whole'), r.national ?? s('dim.whole'));
    case 'scope':
      return pair('reason.scope', s(`dim.scope.${r.local}`), s(`dim.scope.${r.national}`));
    case 'no-figure':
    case 'no-result-figure':
    case 'no-reference':
      return s(`reason.${r.code}`);
    case 'figure':
      return s('reason.figure', {
        value: figure(r.value, r.unit),
        relation: s(`reason.relation.${r.relation}`),
        target: r.rank ? s('reason.rankGroup', { n: formatNumberIn(lang)(r.target) }) : figure(r.target, r.targetUnit),
      });
    case 'printed-contradicts':
      return s('reason.printed-contradicts', { printed: PRINTED[r.printed], reason: wordReason(r.reason, lang) });
  }
}

/** Several reasons in `lang`, joined as the dataset joins them ("; "); null for none. */
export const wordReasons = (reasons: readonly Reason[], lang: Lang): string | null =>
  reasons.length ? reasons.map((r) => wordReason(r, lang)).join('; ') : null;

/**
 * The words of a reason quoted from the Vietnamese data (a denominator as reviewers wrote it, the
 * printed ĐẠT / CHƯA ĐẠT): in another edition they are marked lang="vi" (WCAG 3.1.2).
 */
export function quotedVietnamese(r: Reason): string[] {
  switch (r.code) {
    case 'denominator':
      return [r.local, r.national].filter((x): x is string => x !== null);
    case 'printed-contradicts':
      return [PRINTED[r.printed], ...quotedVietnamese(r.reason)];
    default:
      return [];
  }
}

/** `text` cut into runs, each quoted run (the longest first where two overlap) marked `quoted`. */
export function splitQuoted(text: string, quoted: readonly string[]): { text: string; quoted: boolean }[] {
  const words = [...new Set(quoted.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!words.length) return text ? [{ text, quoted: false }] : [];
  const pattern = new RegExp(words.map((w) => escapeRegExp(w)).join('|'), 'g');
  const runs: { text: string; quoted: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), quoted: false });
    runs.push({ text: m[0], quoted: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), quoted: false });
  return runs;
}
