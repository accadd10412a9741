/**
 * A finding's subject and summary in words, in either edition: the finding carries its facts
 * (what was computed, what is printed), the string tables word them (consistency.* in src/i18n).
 * Printed figures and the reviewers' topics stay as written; computed numbers and dates take the
 * edition's format.
 */
import { t, type Lang } from '../../i18n/index.ts';
import { formatDateIn } from '../format.ts';

export type FindingFacts =
  | { kind: 'sum'; topic: string; parts: string[]; computed: number; total: string }
  | { kind: 'ratio'; topic: string; numerator: string; denominator: string; computed: number; printed: string }
  | { kind: 'table-sum'; topic: string; column: string; rows: number; group: string; computed: number; unreadable: number; printed: string }
  | { kind: 'status'; printed: 'dat' | 'chua-dat'; value: number; percent: boolean; comparator: string; target: number; targetPercent: boolean }
  | { kind: 'date'; type: string; number: string; dates: string[] };

const number = (lang: Lang, n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
const date = (lang: Lang, iso: string) => {
  if (lang !== 'vi') return formatDateIn(lang)(iso);
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};
const STATUS_WORD = { dat: 'ĐẠT', 'chua-dat': 'CHƯA ĐẠT' } as const;

/**
 * Whether the subject is the documents' own Vietnamese (a reviewer's topic, a printed column),
 * so an English page marks it lang="vi".
 */
export const subjectIsVietnamese = (facts: FindingFacts) => facts.kind === 'sum' || facts.kind === 'ratio' || facts.kind === 'table-sum';

export function wordFinding(facts: FindingFacts, lang: Lang): { subject: string; summary: string } {
  const n = (x: number) => number(lang, x);
  switch (facts.kind) {
    case 'sum':
      return { subject: facts.topic, summary: t(lang, 'consistency.sum', { parts: facts.parts.join(' + '), computed: n(facts.computed), total: facts.total }) };
    case 'ratio':
      return {
        subject: facts.topic,
        summary: t(lang, 'consistency.ratio', {
          numerator: facts.numerator,
          denominator: facts.denominator,
          computed: n(facts.computed),
          printed: facts.printed,
        }),
      };
    case 'table-sum':
      return {
        subject: t(lang, 'consistency.tableSubject', { topic: facts.topic, column: facts.column }),
        summary: t(lang, 'consistency.tableSum', {
          rows: facts.rows,
          group: facts.group,
          computed: n(facts.computed),
          unreadable: facts.unreadable ? t(lang, 'consistency.unreadable', { n: facts.unreadable }) : '',
          printed: facts.printed,
        }),
      };
    case 'status':
      return {
        subject: t(lang, 'consistency.statusSubject', { printed: STATUS_WORD[facts.printed] }),
        summary: t(lang, 'consistency.status', {
          printed: STATUS_WORD[facts.printed],
          value: `${n(facts.value)}${facts.percent ? '%' : ''}`,
          comparator: facts.comparator,
          target: `${n(facts.target)}${facts.targetPercent ? '%' : ''}`,
        }),
      };
    case 'date':
      return {
        subject: t(lang, 'consistency.dateSubject', { type: lang === 'vi' ? facts.type.toLowerCase() : facts.type, number: facts.number }),
        summary: t(lang, 'consistency.date', { number: facts.number, n: facts.dates.length, dates: facts.dates.map((d) => date(lang, d)).join(', ') }),
      };
  }
}
