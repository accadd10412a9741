/**
 * The synthetic corpus of the scale test (issue #12): each invented province gets a copy of the
 * real documents with its places and signers renamed (names.ts) and its figures altered
 * (figures.ts) consistently in the restored text, the data records and the OCR source, so the
 * content checks and the fidelity check hold for it as they do for the real corpus. The generator
 * marks the whole content root instead of each document (content/site.yaml: banner, noindex). Pure and deterministic: the same input always
 * gives the same output; tools/generate-scale-corpus.ts only reads and writes the files.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { parseDocument, splitFrontmatter } from '../../../src/lib/document/parse.ts';
import { slugify } from '../../../src/lib/text/fold.ts';
import { alteredValue, alterFigures, digitsOf, figuresOf } from './figures.ts';
import { alterSourceLine, emptyPlan, planFigures, type FigurePlan } from './plan.ts';
import type { z } from 'zod';
import { documentSchema } from '../../../src/schemas/document.ts';
import type { resultRecordSchema, targetRecordSchema } from '../../../src/schemas/target.ts';
import type { Locality, Province } from '../../../src/schemas/locality.ts';
import {
  DISTRICTS,
  inventedName,
  namePairs,
  renameRestored,
  renameSource,
  syntheticProvince,
  type NamePair,
  type RealName,
  type SyntheticProvince,
} from './names.ts';

export { SYNTHETIC_NOTICE } from './notice.ts';

type Row = Record<string, unknown>;
/** A document's frontmatter and its records as written in the YAML (before the schemas' defaults). */
type Frontmatter = z.input<typeof documentSchema>;
export type TargetYaml = z.input<typeof targetRecordSchema>;
export type ResultYaml = z.input<typeof resultRecordSchema>;
/** The frontmatter of an MDX file as written (validated when the real corpus was loaded). */
const frontmatterOf = (mdx: string): Frontmatter => parseYaml(splitFrontmatter(mdx).yaml);

/** A real restored document with everything that belongs to it. */
export interface RealDocument {
  slug: string;
  /** The MDX file. */
  mdx: string;
  /** The OCR source file's text. */
  source: string;
  /** Its target and result records (content/data/targets|results/<slug>.yaml), as parsed. */
  targets: TargetYaml[];
  results: ResultYaml[];
}

/** A generated document, ready to write. */
export interface SyntheticDocument {
  slug: string;
  locality: string;
  mdx: string;
  sourceFile: string;
  source: string;
  targets: Row[];
  results: Row[];
}

/** The real content the names come from: localities (with level), provinces and documents. */
export interface RealContent {
  localities: Pick<Locality, 'id' | 'name' | 'level'>[];
  provinces: Pick<Province, 'id' | 'name'>[];
  documents: RealDocument[];
}

/** Every real name the documents use and the role its invented name takes. */
export function realNames(real: RealContent): RealName[] {
  const signers = real.documents.map((d) => frontmatterOf(d.mdx).signature?.name).filter((n): n is string => !!n);
  return [
    ...real.localities.map((l) => ({ name: l.name, role: l.level === 'tinh' ? ('province' as const) : ('city' as const) })),
    ...real.provinces.map((p) => ({ name: p.name, role: 'province' as const })),
    ...DISTRICTS,
    ...signers.map((name) => ({ name, role: 'signer' as const })),
  ];
}

/** Record and mark ids: the province code joins the prefix (tv09 → s07tv09), names are renamed. */
export function rekey(id: string, province: SyntheticProvince, pairs: NamePair[]): string {
  const at = id.indexOf('-');
  return `s${province.code}${id.slice(0, at)}${renameRestored(id.slice(at), pairs)}`;
}

/** Tags, footnote references and other MDX elements, which are markup, not text. */
const MARKUP_RE = /<\/?[A-Za-z][^<>"'{}]*(?:(?:"[^"]*"|'[^']*'|\{"(?:[^"\\]|\\.)*"\})[^<>"'{}]*)*\/?>|\[\^[^\]\s]+\]/g;

/** Applies `text` to the body's text and `tag` to each piece of markup, leaving both in place. */
function mapBody(body: string, text: (s: string) => string, tag: (s: string) => string): string {
  const tags: string[] = [];
  // Markup is held out as private-use characters (neither letters nor digits) while the text is rewritten.
  const masked = body.replace(MARKUP_RE, (m) => {
    tags.push(m);
    return String.fromCodePoint(0xf0000 + tags.length - 1);
  });
  return text(masked).replace(/[\u{f0000}-\u{ffffd}]/gu, (c) => tag(tags[c.codePointAt(0)! - 0xf0000]));
}

/** The synthetic copy of one real document for one province; `plan` says which figures may be altered (see plan.ts). */
export function synthesizeDocument(
  doc: RealDocument,
  province: SyntheticProvince,
  names: RealName[],
  localityLevel: (id: string) => string,
  plan: FigurePlan = emptyPlan(),
): SyntheticDocument {
  const pairs = namePairs(province, names);
  const { yaml, body, bodyStartLine } = splitFrontmatter(doc.mdx);
  const fm: Frontmatter = parseYaml(yaml);
  const figures = documentFigures(doc);
  const k = province.factor;
  const kept = (line: number) => (value: string) => plan.keepRestored.has(`${line}|${digitsOf(value)}`);
  const restored = (s: string, line = 0) => renameRestored(alterFigures(s, figures, k, kept(line)), pairs);
  const id = (s: string) => rekey(s, province, pairs);
  // Blocks of the real document, to find where the block holding a body line starts.
  const parsed = parseDocument(doc.mdx);
  const blockStart = new Map<number, number>();
  for (const b of parsed.blocks) for (let l = b.startLine; l <= b.endLine; l++) blockStart.set(l, b.startLine);
  const markLine = new Map(parsed.marks.map((m) => [m.id, m.line]));

  // The OCR source: the planned figures altered, in the line or in the reading standing in it; then
  // names replaced everywhere, page-furniture regexes included.
  const src = fm.source;
  const readings = src.readings ?? [];
  const lineReadings = new Map<number, number[]>();
  readings.forEach((r, i) => lineReadings.set(r.line, [...(lineReadings.get(r.line) ?? []), i]));
  const newReading = readings.map((r) => r.reading);
  const sourceText = renameSource(
    doc.source
      .split('\n')
      .map((line, i) => {
        const refs = lineReadings.get(i + 1) ?? [];
        const out = alterSourceLine(
          line,
          refs.map((r) => readings[r]),
          plan.alterSource.get(i + 1),
          figures,
          k,
        );
        refs.forEach((r, j) => {
          newReading[r] = out.readings[j];
        });
        return out.line;
      })
      .join('\n'),
    pairs,
  );
  const sourceLines = sourceText.split('\n');
  // A reading whose OCR text went with a replaced name (the signer's garbled initial) has nothing left to read.
  const reread = () =>
    readings
      .map((r, i) => ({ ...r, ocr: renameSource(r.ocr, pairs), reading: renameSource(newReading[i], pairs), why: restored(r.why) }))
      .filter((r) => sourceLines[r.line - 1]?.includes(r.ocr));

  const slug = renameRestored(doc.slug, pairs);
  const locality = localityLevel(fm.locality) === 'tinh' ? province.slug : cityId(province);
  const sourceFile = `${slug}.txt`;
  const text = (v: unknown) => (typeof v === 'string' ? restored(v) : v);
  const lines = (v: unknown) => (Array.isArray(v) ? v.map(text) : v);
  const meta: Row = {
    ...fm,
    title: text(fm.title),
    locality,
    issuer: text(fm.issuer),
    issuedPlace: text(fm.issuedPlace),
    header: fm.header ? { left: lines(fm.header.left), right: lines(fm.header.right) } : null,
    titleBlock: lines(fm.titleBlock),
    signature: fm.signature ? Object.fromEntries(Object.entries(fm.signature).map(([key, v]) => [key, text(v)])) : null,
    recipients: lines(fm.recipients),
    gazette: fm.gazette ? { ...fm.gazette, name: text(fm.gazette.name) } : null,
    related: lines(fm.related),
    // Uncertain readings in fields follow the renaming (a renamed signer stays marked).
    uncertain: (fm.uncertain ?? []).map((u) => ({ ...u, reading: text(u.reading) })),
    source: {
      ...src,
      file: sourceFile,
      sha256: createHash('sha256').update(sourceText).digest('hex'),
      furniture: src.furniture.map((r) => renameSource(r, pairs)),
      ...(src.repeatedHeaders ? { repeatedHeaders: src.repeatedHeaders.map((r) => renameSource(r, pairs)) } : {}),
      ...(src.furnitureRanges ? { furnitureRanges: src.furnitureRanges.map((r) => ({ ...r, why: restored(r.why) })) } : {}),
      ...(src.noise ? { noise: src.noise.map((n) => ({ ...n, why: restored(n.why) })) } : {}),
      ...(src.readings ? { readings: reread() } : {}),
    },
    restoration: { ...fm.restoration, notes: text(fm.restoration.notes) },
  };
  const bodyText = (masked: string) => {
    // Line starts of the body, to look figures up in the plan by the line where their block starts.
    const starts = [0];
    for (let i = masked.indexOf('\n'); i >= 0; i = masked.indexOf('\n', i + 1)) starts.push(i + 1);
    const lineAt = (pos: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return bodyStartLine + lo;
    };
    const altered = alterFigures(masked, figures, k, (v, at) => {
      const line = lineAt(at);
      return kept(blockStart.get(line) ?? line)(v);
    });
    return renameRestored(altered, pairs);
  };
  const newBody = mapBody(body, bodyText, (tag) => {
    const mark = /^<(Target|Result)\s+id="([^"]+)"/.exec(tag);
    if (mark) return tag.replace(`id="${mark[2]}"`, `id="${id(mark[2])}"`);
    if (tag.startsWith('<Uncertain')) {
      // The OCR an uncertain reading records keeps its figures as printed (they are garbled anyway).
      const src = (v: string) => renameSource(v, pairs);
      return tag.replace(/ocr=(?:"([^"]*)"|'([^']*)'|\{"((?:[^"\\]|\\.)*)"\})/, (m, a, b, c) =>
        a !== undefined ? `ocr="${src(a)}"` : b !== undefined ? `ocr='${src(b)}'` : `ocr={"${src(c)}"}`,
      );
    }
    return tag;
  });
  const record = (r: TargetYaml | ResultYaml): Row => {
    const line = markLine.get(r.anchor) ?? 0;
    const out: Row = { ...r, id: id(r.id), anchor: id(r.anchor), text: restored(r.text, line) };
    if ('target' in r) out.target = r.target ? id(r.target) : null;
    const skip = kept(line);
    if ('value' in r) out.value = alteredValue(r.value, r.text, figures, k, skip);
    if ('value_max' in r) out.value_max = alteredValue(r.value_max, r.text, figures, k, skip);
    if (typeof r.note === 'string') out.note = restored(r.note);
    return out;
  };
  return {
    slug,
    locality,
    mdx: `---\n${stringifyYaml(meta, { lineWidth: 0 })}---\n${newBody}`,
    sourceFile,
    source: sourceText,
    targets: doc.targets.map(record),
    results: doc.results.map(record),
  };
}

/** A document's figures: the printed numbers, by digits, its records take their values from. */
const documentFigures = (doc: RealDocument) => figuresOf([...doc.targets, ...doc.results]);

const fidelityInput = (slug: string, mdx: string, sourceText: string) => {
  const parsed = parseDocument(mdx);
  return { slug, meta: documentSchema.parse(parsed.frontmatter), parsed, sourceText };
};

/** Which of a real document's figures can be altered in step in its text, records and source (plan.ts). */
export function figurePlan(doc: RealDocument, localityLevel: (id: string) => string): FigurePlan {
  const probe = { ...syntheticProvince(1), factor: 0.8 };
  return planFigures(fidelityInput(doc.slug, doc.mdx, doc.source), documentFigures(doc), (plan) =>
    fidelityInput(doc.slug, synthesizeDocument(doc, probe, [], localityLevel, plan).mdx, doc.source),
  );
}

/** Locality id of a province's invented city ("mau-lam-cang"). */
export const cityId = (province: SyntheticProvince): string => slugify(inventedName(province, 'city'));

/** Localities and provinces of the synthetic corpus: each province, and its invented city when a city document is copied. */
export function syntheticVocab(provinces: SyntheticProvince[], withCity: boolean) {
  const note = 'không có thật: dữ liệu tổng hợp để đo hiệu năng, suy ra từ văn bản thật với tên và số liệu đã thay đổi.';
  return {
    provinces: provinces.map((p) => ({ id: p.slug, name: p.name })),
    localities: provinces.flatMap((p) => [
      { id: p.slug, name: p.name, level: 'tinh', provinceAtIssue: null, provinceSince2025: p.slug, history: `Tỉnh ${p.name} ${note}` },
      ...(withCity
        ? [
            {
              id: cityId(p),
              name: inventedName(p, 'city'),
              level: 'thanh-pho-thuoc-tinh',
              provinceAtIssue: p.slug,
              provinceSince2025: p.slug,
              history: `Thành phố ${inventedName(p, 'city')} thuộc tỉnh ${p.name}, ${note}`,
            },
          ]
        : []),
    ]),
  };
}

/** The whole corpus: `provinces` invented provinces × the first `perProvince` real documents (by slug). */
export function synthesizeCorpus(real: RealContent, opts: { provinces: number; perProvince: number }) {
  if (opts.perProvince < 1 || opts.perProvince > real.documents.length)
    throw new Error(`--per-province must be between 1 and ${real.documents.length} (the real documents), got ${opts.perProvince}`);
  if (opts.provinces < 1) throw new Error(`--provinces must be at least 1, got ${opts.provinces}`);
  const docs = [...real.documents].sort((a, b) => a.slug.localeCompare(b.slug)).slice(0, opts.perProvince);
  const names = realNames(real);
  const levels = new Map(real.localities.map((l) => [l.id, l.level]));
  const level = (id: string) => levels.get(id) ?? 'tinh';
  const provinces = Array.from({ length: opts.provinces }, (_, i) => syntheticProvince(i + 1, opts.provinces));
  const plans = new Map(docs.map((d) => [d.slug, figurePlan(d, level)]));
  const documents = provinces.flatMap((p) => docs.map((d) => synthesizeDocument(d, p, names, level, plans.get(d.slug))));
  const cities = new Set(provinces.map(cityId));
  const withCity = documents.some((d) => cities.has(d.locality));
  return { ...syntheticVocab(provinces, withCity), documents };
}
