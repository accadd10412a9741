/**
 * English names and formats for the English edition (/en/): every lookup goes through
 * content/vocab/en.yaml (checked complete at load), so a page cannot fall back to Vietnamese
 * by accident; a missing entry throws naming the id.
 */
import { getContent } from './content/index.ts';
import type { DOC_TYPES } from '../schemas/document.ts';

function vocab() {
  const en = getContent().english;
  if (!en) throw new Error('English edition: content/vocab/en.yaml was not loaded (see check:content)');
  return en.vocab;
}

function byId<T extends { id: string }>(list: T[], id: string, what: string): T {
  const hit = list.find((e) => e.id === id);
  if (!hit) throw new Error(`English edition: no ${what} "${id}" in content/vocab/en.yaml`);
  return hit;
}

export const en = {
  locality: (id: string) => byId(vocab().localities, id, 'locality'),
  province: (id: string) => byId(vocab().provinces, id, 'province'),
  pillar: (id: string) => byId(vocab().pillars, id, 'pillar'),
  sector: (id: string) => byId(vocab().sectors, id, 'sector'),
  indicator: (id: string) => byId(vocab().indicators, id, 'indicator'),
  docType: (t: keyof typeof DOC_TYPES) => vocab().docTypes[t],
  unit: (u: keyof ReturnType<typeof vocab>['units']) => vocab().units[u],
  level: (l: keyof ReturnType<typeof vocab>['levels']) => vocab().levels[l],
  localityLevel: (l: keyof ReturnType<typeof vocab>['localityLevels']) => vocab().localityLevels[l],
  pillarKind: (k: keyof ReturnType<typeof vocab>['pillarKinds']) => vocab().pillarKinds[k],
  status: (s: keyof ReturnType<typeof vocab>['resultStatuses']) => vocab().resultStatuses[s],
  abstract: (slug: string) => {
    const a = getContent().english?.abstracts.get(slug);
    if (!a) throw new Error(`English edition: no abstract for "${slug}" (content/abstracts/en/${slug}.md)`);
    return a;
  },
};

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
export const formatNumberEn = (n: number) => numberFormat.format(n);

/** "2023-03-31" → "31 March 2023". */
export const formatDateEn = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The English twin of formatFigure (src/lib/compare/matrix.ts): "≥ 80%", "80–90%", "top 20", "11.5% per year". */
export function formatFigureEn(v: { comparator: string; value: number | null; value_max: number | null; unit: string | null }): string {
  if (v.value === null) return 'no figure given';
  const unit = v.unit === 'percent' ? '%' : v.unit === 'percent-per-year' ? '% per year' : v.unit === 'per-100-inhabitants' ? ' per 100 inhabitants' : v.unit === 'per-100-households' ? ' per 100 households' : v.unit === 'million-vnd' ? ' million VND' : '';
  if (v.comparator === 'rank') return `top ${formatNumberEn(v.value)}`;
  if (v.comparator === 'range' && v.value_max !== null) return `${formatNumberEn(v.value)}–${formatNumberEn(v.value_max)}${unit}`;
  const sym = v.comparator === '=' ? '' : `${v.comparator} `;
  return `${sym}${formatNumberEn(v.value)}${unit}`;
}

/** "Plan 112/KH-UBND" or "Plan (number not printed)". */
export const documentLabelEn = (meta: { docType: keyof typeof DOC_TYPES; number: string | null }) => `${en.docType(meta.docType)}${meta.number ? ` ${meta.number}` : ''}`;
