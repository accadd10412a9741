/** The site's citable things (documents, target records, comparison views) with their citation in every format, per language. */
import { getContent } from '../content/index.ts';
import { siteModel } from '../content/model.ts';
import { targetRowOf, targetRows } from '../data/dataset.ts';
import { DOC_TYPES } from '../../schemas/document.ts';
import { buildDate } from '../build-date.ts';
import { SITE_URL } from '../site-config.ts';
import { urls } from '../urls.ts';
import { localePath, t, type Lang } from '../../i18n/index.ts';
import { COMPARISON_YEARS } from '../compare/matrix.ts';
import { citationFormats, CITATION_FILES, type CitationFormats } from './formats.ts';
import {
  comparisonReference,
  documentReference,
  legalPortalLine,
  targetReference,
  VI_CITE_WORDING,
  type CiteContext,
  type CiteWording,
} from './reference-items.ts';
import type { ReferenceItem } from '../../schemas/reference-item.ts';

export type CiteKind = 'document' | 'target' | 'comparison';

export interface SiteCitation {
  kind: CiteKind;
  key: string;
  item: ReferenceItem;
  formats: CitationFormats;
  /** For documents: "Kế hoạch số 112/KH-UBND ngày 31/03/2023 của …". */
  legalLine: string | null;
  accessed: string;
  /** Download links, one per file format. */
  files: { href: string; label: string; download: string }[];
}

const formatEnDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function wording(lang: Lang, docType: keyof typeof DOC_TYPES | null): CiteWording {
  const docTypeWord = docType ? siteModel().namesIn(lang).docType(docType) : '';
  if (lang === 'vi') return { ...VI_CITE_WORDING, docType: docTypeWord };
  return {
    siteName: t('en', 'site.name'),
    docType: docTypeWord,
    numberWord: 'No.',
    dateWord: 'of',
    byWord: 'issued by',
    restoredMedium: 'Restored from OCR',
    targetGenre: 'Target record',
    targetTitle: (r) => `Target ${r.id}: “${r.text}” (${siteModel().namesIn('en').localityName(r.locality)})`,
    comparisonGenre: 'Comparison of targets',
    comparisonTitle: (y) => `Comparison of digital transformation targets for ${y}: Trà Vinh, Tiền Giang, Hà Tiên, Đồng Tháp and national targets`,
    formatDate: formatEnDate,
  };
}

export const citationFilePath = (lang: Lang, kind: CiteKind, key: string, ext: string) => localePath(lang, urls.citationFile(kind, key, ext));

const cache = new Map<string, SiteCitation>();

export function siteCitation(lang: Lang, kind: CiteKind, key: string): SiteCitation {
  const cacheKey = `${lang}|${kind}|${key}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const content = getContent();
  const ctx: CiteContext = {
    site: SITE_URL,
    accessed: buildDate(),
    datasetVersion: content.changelog[0]?.version ?? '0.0.0',
    datasetDate: content.changelog[0]?.date ?? '1970-01-01',
    lang,
  };
  let item: ReferenceItem;
  let legalLine: string | null = null;
  if (kind === 'document') {
    const doc = siteModel().findDocument(key);
    if (!doc) throw new Error(`cite: no document "${key}"`);
    const w = wording(lang, doc.meta.docType);
    item = documentReference(doc.slug, doc.meta, localePath(lang, urls.document(doc.slug)), ctx, w);
    legalLine = legalPortalLine(doc.meta, w);
  } else if (kind === 'target') {
    const row = targetRowOf(content, key);
    if (!row) throw new Error(`cite: no target record "${key}"`);
    item = targetReference(row, localePath(lang, urls.targetRecord(row.id)), ctx, wording(lang, null));
  } else {
    item = comparisonReference(Number(key), localePath(lang, urls.comparison(key)), ctx, wording(lang, null));
  }
  const result: SiteCitation = {
    kind,
    key,
    item,
    formats: citationFormats(item),
    legalLine,
    accessed: ctx.accessed,
    files: CITATION_FILES.map((f) => ({ href: citationFilePath(lang, kind, key, f.ext), label: f.label, download: `${kind}-${key}.${f.ext}` })),
  };
  cache.set(cacheKey, result);
  return result;
}

/** Every citation file to write, for the endpoints. */
export function citationFileParams(_lang: Lang): { kind: CiteKind; file: string; key: string; ext: string }[] {
  const content = getContent();
  const keys: [CiteKind, string][] = [
    ...content.documents.map((d) => ['document', d.slug] as [CiteKind, string]),
    ...targetRows(content).map((r) => ['target', r.id] as [CiteKind, string]),
    ...COMPARISON_YEARS.map((y) => ['comparison', String(y)] as [CiteKind, string]),
  ];
  return keys.flatMap(([kind, key]) => CITATION_FILES.map((f) => ({ kind, key, ext: f.ext, file: `${key}.${f.ext}` })));
}

export function citationFileBody(lang: Lang, kind: CiteKind, key: string, ext: string): Response {
  const c = siteCitation(lang, kind, key);
  const f = CITATION_FILES.find((x) => x.ext === ext)!;
  return new Response(c.formats[f.format], { headers: { 'Content-Type': f.type } });
}
