/**
 * Checks the printed documents against themselves and reports every disagreement as data:
 * declared sums and ratios (content/data/consistency.yaml), table subtotals, printed statuses
 * against their figures, and the dates each document gives for the same cited document.
 * The texts stay as printed; the findings become reader notes at the figure and on
 * /doi-chieu-so-lieu/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from '../content/issues.ts';
import { buildCitationRegistry } from '../citation-registry.ts';
import { CITATION_RE } from '../citations.ts';
import type { SiteContent } from '../content/index.ts';
import { modelOf } from '../content/model.ts';
import type { LoadedDocument } from '../content/documents.ts';
import { loadYamlList } from '../content/yaml.ts';
import { extractTables, type DocTable } from '../tables/extract.ts';
import { figuresInText, parsePrintedNumber, type NumberFormat } from '../tables/numbers.ts';
import { urls } from '../urls.ts';
import { consistencyCheckSchema, tableFormatSchema, type ConsistencyCheck, type PrintedPlace, type TableFormat } from '../../schemas/consistency.ts';
import { dateAfter, dateRule, numberingRestartsYearly, printedDecimals, ratioRule, statusRule, sumRule } from './rules.ts';
import { siteStatus, type ComputeStatus } from './status.ts';
import { wordFinding, type FindingFacts } from './words.ts';

/** Subject and summary in Vietnamese (the finding's own fields), with the facts they word. */
const worded = (facts: FindingFacts) => ({ ...wordFinding(facts, 'vi'), facts });

export const CONSISTENCY_FILE = 'content/data/consistency.yaml';
export const TABLE_FORMATS_FILE = 'content/data/table-formats.yaml';

export interface FindingPlace {
  document: string;
  /** Id on the document page the link goes to. */
  anchor: string;
  href: string;
  /** What stands there ("207 điểm cầu", "ngày 22/12/2021"). */
  quote: string;
}
export interface Finding {
  id: string;
  kind: 'sum' | 'ratio' | 'table-sum' | 'status' | 'date';
  subject: string;
  agrees: boolean;
  /** One Vietnamese sentence: what was computed and what is printed. */
  summary: string;
  /** What was computed and what is printed, for wording the subject and summary in either edition (words.ts). */
  facts: FindingFacts;
  places: FindingPlace[];
  /** Ids of marks and tables on the pages where the note is shown at the figure. */
  at: string[];
}

/** Places at the same anchor become one, quoting each figure there. */
function mergePlaces(places: FindingPlace[]): FindingPlace[] {
  const out: FindingPlace[] = [];
  for (const p of places) {
    const same = out.find((q) => q.document === p.document && q.anchor === p.anchor);
    if (!same) out.push({ ...p });
    else if (!same.quote.split('; ').includes(p.quote)) same.quote = `${same.quote}; ${p.quote}`;
  }
  return out;
}

const isoToVi = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

export function loadConsistencyData(root: string, issues: ContentIssue[]): { checks: ConsistencyCheck[]; formats: TableFormat[] } {
  // Both files are optional: a content root without declarations has nothing to check or reformat.
  return {
    checks: existsSync(join(root, CONSISTENCY_FILE)) ? loadYamlList(root, CONSISTENCY_FILE, consistencyCheckSchema, issues) : [],
    formats: existsSync(join(root, TABLE_FORMATS_FILE)) ? loadYamlList(root, TABLE_FORMATS_FILE, tableFormatSchema, issues) : [],
  };
}

export function documentTables(root: string, doc: LoadedDocument): DocTable[] {
  return extractTables(readFileSync(join(root, doc.file), 'utf8'));
}

export function tableFormat(formats: TableFormat[], document: string, table: number): NumberFormat {
  return formats.find((f) => f.document === document && f.table === table)?.numberFormat ?? 'vi';
}

/** The text a reader sees at an anchor: a mark's block, a heading's section, or a table. */
function textAt(content: SiteContent, tables: (d: LoadedDocument) => DocTable[], document: string, anchor: string): string | null {
  const doc = modelOf(content).findDocument(document);
  if (!doc) return null;
  const at = modelOf(content).mark(anchor);
  if (at?.doc === doc) return `${at.mark.text} ${at.mark.blockText}`;
  const table = /^bang-(\d+)$/.exec(anchor);
  if (table) {
    const t = tables(doc)[Number(table[1]) - 1];
    return t ? t.rows.map((r) => r.cells.join(' ')).join(' ') : null;
  }
  if (doc.parsed.headings.some((h) => h.id === anchor))
    return doc.parsed.blocks
      .filter((b) => b.sectionId === anchor)
      .map((b) => b.text)
      .join(' ');
  return null;
}

export function runConsistency(
  content: SiteContent,
  data: { checks: ConsistencyCheck[]; formats: TableFormat[] },
  root: string,
  computeStatus: ComputeStatus = siteStatus,
): { findings: Finding[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const findings: Finding[] = [];
  const tableCache = new Map<string, DocTable[]>();
  const tables = (d: LoadedDocument) => {
    if (!tableCache.has(d.slug)) tableCache.set(d.slug, documentTables(root, d));
    return tableCache.get(d.slug)!;
  };

  const read = (p: PrintedPlace, field: string): number | null => {
    const text = textAt(content, tables, p.document, p.anchor);
    if (text === null) {
      issues.push({
        file: CONSISTENCY_FILE,
        field,
        message: `no anchor "${p.anchor}" in document "${p.document}"; use a <Target>/<Result> id, a heading id or "bang-N"`,
      });
      return null;
    }
    const figure = p.figure.replace(/%$/, '');
    if (!figuresInText(text).some((f) => f.raw === figure)) {
      issues.push({
        file: CONSISTENCY_FILE,
        field,
        message: `figure "${p.figure}" is not printed at "${p.anchor}" (${p.document}); copy it exactly as the text prints it`,
      });
      return null;
    }
    return parsePrintedNumber(figure, 'vi')!.value;
  };
  const place = (p: PrintedPlace): FindingPlace => ({
    document: p.document,
    anchor: p.anchor,
    href: urls.document(p.document, p.anchor),
    quote: `${p.figure} ${p.label}`,
  });

  data.checks.forEach((c, i) => {
    if (c.kind === 'sum') {
      const parts = c.parts.map((p, j) => read(p, `[${i}].parts[${j}].figure`));
      const total = read(c.total, `[${i}].total.figure`);
      if (total === null || parts.some((p) => p === null)) return;
      const r = sumRule(parts as number[], total);
      findings.push({
        id: c.id,
        kind: 'sum',
        agrees: r.agrees,
        ...worded({ kind: 'sum', topic: c.subject, parts: c.parts.map((p) => p.figure), computed: r.computed, total: c.total.figure }),
        places: mergePlaces([place(c.total), ...c.parts.map(place)]),
        at: [...new Set([c.total.anchor, ...c.parts.map((p) => p.anchor)])],
      });
    } else if (c.kind === 'ratio') {
      const n = read(c.numerator, `[${i}].numerator.figure`);
      const d = read(c.denominator, `[${i}].denominator.figure`);
      const pr = read(c.printed, `[${i}].printed.figure`);
      if (n === null || d === null || pr === null) return;
      const r = ratioRule(n, d, pr, printedDecimals(c.printed.figure));
      findings.push({
        id: c.id,
        kind: 'ratio',
        agrees: r.agrees,
        ...worded({
          kind: 'ratio',
          topic: c.subject,
          numerator: c.numerator.figure,
          denominator: c.denominator.figure,
          computed: r.computed,
          printed: c.printed.figure,
        }),
        places: mergePlaces([place(c.printed), place(c.numerator), place(c.denominator)]),
        at: [...new Set([c.printed.anchor, c.numerator.anchor, c.denominator.anchor])],
      });
    } else {
      const doc = modelOf(content).findDocument(c.document);
      const t = doc ? tables(doc)[c.table - 1] : undefined;
      if (!t) {
        issues.push({ file: CONSISTENCY_FILE, field: `[${i}].table`, message: `document "${c.document}" has no table ${c.table}` });
        return;
      }
      const format = tableFormat(data.formats, c.document, c.table);
      const at = t.rows.findIndex((r) => r.cells.some((x) => x === c.totalRow));
      if (at < 0) {
        issues.push({ file: CONSISTENCY_FILE, field: `[${i}].totalRow`, message: `no row of table ${c.table} has a cell "${c.totalRow}"` });
        return;
      }
      const group = [];
      for (let k = at + 1; k < t.rows.length && !t.rows[k].group; k++) group.push(t.rows[k]);
      for (const col of c.columns) {
        const ci = t.header.indexOf(col);
        if (ci < 0) {
          issues.push({
            file: CONSISTENCY_FILE,
            field: `[${i}].columns`,
            message: `table ${c.table} has no column "${col}"; columns: ${t.header.join(' | ')}`,
          });
          continue;
        }
        const total = parsePrintedNumber(t.rows[at].cells[ci], format);
        if (!total) {
          issues.push({ file: CONSISTENCY_FILE, field: `[${i}].totalRow`, message: `the subtotal row prints no figure in column "${col}"` });
          continue;
        }
        const parts = group.map((r) => parsePrintedNumber(r.cells[ci], format));
        const unreadable = parts.filter((p) => p === null).length;
        const r = sumRule(
          parts.map((p) => p?.value ?? 0),
          total.value,
        );
        findings.push({
          id: `${c.id}-${findings.filter((f) => f.id.startsWith(c.id)).length + 1}`,
          kind: 'table-sum',
          agrees: r.agrees && unreadable === 0,
          ...worded({
            kind: 'table-sum',
            topic: c.subject,
            column: col,
            rows: group.length,
            group: c.totalRow,
            computed: r.computed,
            unreadable,
            printed: t.rows[at].cells[ci],
          }),
          places: [
            {
              document: c.document,
              anchor: `bang-${c.table}`,
              href: urls.document(c.document, `bang-${c.table}`),
              quote: `${c.totalRow}: ${t.rows[at].cells[ci]}`,
            },
          ],
          at: [`bang-${c.table}`],
        });
      }
    }
  });

  // Statuses the documents print, against the figures they print beside them.
  for (const r of content.results) {
    if (!r.status_printed || !r.target) continue;
    const t = modelOf(content).findTarget(r.target);
    if (!t) continue;
    const computed = computeStatus(r, t);
    if (statusRule(r.status_printed, computed).agrees) continue;
    const doc = modelOf(content).mark(r.anchor)?.doc;
    const tdoc = modelOf(content).mark(t.anchor)?.doc;
    if (!doc || !tdoc) continue;
    findings.push({
      id: `trang-thai-${r.id}`,
      kind: 'status',
      agrees: false,
      ...worded({
        kind: 'status',
        printed: r.status_printed,
        value: r.value!,
        percent: r.unit === 'percent',
        comparator: t.comparator,
        target: t.value!,
        targetPercent: t.unit === 'percent',
      }),
      places: [
        { document: doc.slug, anchor: r.anchor, href: urls.document(doc.slug, r.anchor), quote: r.text },
        { document: tdoc.slug, anchor: t.anchor, href: urls.document(tdoc.slug, t.anchor), quote: t.text },
      ],
      at: [...new Set([r.anchor, t.anchor])],
    });
  }

  // Dates the documents give for the same cited document.
  for (const cited of buildCitationRegistry(content).values()) {
    const dated: { date: string; place: FindingPlace }[] = [];
    for (const c of cited.citedBy) {
      const doc = modelOf(content).findDocument(c.document);
      if (!doc) continue;
      const texts = c.blockAnchor === 'thuoc-tinh' ? doc.meta.related : doc.parsed.blocks.filter((b) => b.anchor === c.blockAnchor).map((b) => b.text);
      for (const text of texts) {
        for (const m of text.matchAll(CITATION_RE)) {
          if (m[1] !== cited.number) continue;
          const date = dateAfter(text, m.index! + m[1].length);
          if (!date) continue;
          const anchor = c.sectionId ?? '';
          dated.push({
            date,
            place: { document: c.document, anchor, href: urls.document(c.document, anchor || undefined), quote: `${cited.number} ngày ${isoToVi(date)}` },
          });
        }
      }
    }
    const rule = dateRule(
      dated.map((d) => d.date),
      numberingRestartsYearly(cited.number),
    );
    if (rule.agrees) continue;
    const places = dated
      .filter(
        (d, k) =>
          rule.distinct.includes(d.date) &&
          dated.findIndex((e) => e.date === d.date && e.place.document === d.place.document && e.place.anchor === d.place.anchor) === k,
      )
      .map((d) => d.place);
    findings.push({
      id: `ngay-${cited.slug}`,
      kind: 'date',
      agrees: false,
      ...worded({ kind: 'date', type: cited.type, number: cited.number, dates: rule.distinct }),
      places,
      at: [cited.number],
    });
  }
  return { findings, issues };
}

let cachedFindings: Finding[] | null = null;
/** Every finding over the site's content (computed once per build). */
export function siteFindings(content: SiteContent, root: string): Finding[] {
  cachedFindings ??= runConsistency(content, content.consistency, root).findings;
  return cachedFindings;
}
