/** Plain-text rendering of the bench report: aligned tables, sizes in KB (1024 bytes), times in ms or s. */
import type { BenchReport, BudgetResult, PageReport, ScaleSection } from './report-schema.ts';

/** Bytes as KB with one decimal ("14.2 KB"); under 1 KB as bytes ("512 B"). */
export function formatKB(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes >= 10 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Milliseconds as "840 ms" or "8.41 s". */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export type Align = 'left' | 'right';

/**
 * An aligned plain-text table: header, rule, rows. Column widths count characters (Vietnamese in
 * NFC is one character per letter). Columns are right-aligned unless `align` says otherwise.
 */
export function formatTable(headers: string[], rows: (string | number)[][], align: Align[] = []): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const pad = (s: string, i: number) => {
    const gap = ' '.repeat(widths[i] - [...s].length);
    return (align[i] ?? (i === 0 ? 'left' : 'right')) === 'left' ? s + gap : gap + s;
  };
  const line = (r: string[]) =>
    r
      .map((c, i) => pad(c ?? '', i))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const pair = (raw: number, gzip: number) => (raw === 0 ? '–' : `${formatKB(raw)} / ${formatKB(gzip)}`);
const score = (s: number | null | undefined) => (s === null || s === undefined ? '–' : String(s));

export function pagesTable(pages: PageReport[]): string {
  return formatTable(
    [
      'page',
      'req',
      'HTML raw / gz',
      'CSS raw / gz',
      'JS raw / gz',
      'fonts',
      'pagefind',
      'total gz',
      'CLS',
      'LH perf (runs)',
      'FCP',
      'a11y',
      'BP',
      'SEO',
      'LH JS',
    ],
    pages.map((p) => [
      p.type,
      p.measured.requests,
      pair(p.measured.html.raw, p.measured.html.gzip),
      pair(p.measured.css.raw, p.measured.css.gzip),
      pair(p.measured.js.raw, p.measured.js.gzip),
      p.measured.font.count ? `${p.measured.font.count} · ${formatKB(p.measured.font.gzip)}` : '–',
      p.measured.pagefind.count ? `${p.measured.pagefind.count} · ${formatKB(p.measured.pagefind.gzip)}` : '–',
      formatKB(p.measured.total.gzip),
      p.measured.cls.toFixed(3),
      p.lighthouse?.performanceRuns && p.lighthouse.performanceRuns.length > 1
        ? `${p.lighthouse.performance} (${p.lighthouse.performanceRuns.join('/')})`
        : score(p.lighthouse?.performance),
      p.lighthouse?.fcpMs != null ? formatMs(p.lighthouse.fcpMs) : '–',
      score(p.lighthouse?.accessibility),
      score(p.lighthouse?.bestPractices),
      score(p.lighthouse?.seo),
      p.lighthouse?.jsTransferBytes != null ? formatKB(p.lighthouse.jsTransferBytes) : '–',
    ]),
  );
}

/** Text cut to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Budgets with pass/fail; long details are cut to `detailWidth` (the report keeps them whole). */
export function budgetsTable(budgets: BudgetResult[], detailWidth = 90): string {
  const mark = { pass: '✓ pass', fail: '✗ FAIL', skipped: '– skipped' } as const;
  return formatTable(
    ['budget', 'limit', 'measured', 'result', 'detail'],
    budgets.map((b) => [
      b.label,
      b.limit,
      b.measured ?? '–',
      b.status === 'fail' && !b.enforced ? '✗ (report only)' : mark[b.status],
      truncate(b.detail, detailWidth),
    ]),
    ['left', 'left', 'right', 'left', 'left'],
  );
}

function indexTable(idx: BenchReport['searchIndex']): string {
  const kinds = Object.entries(idx.byKind).filter(([, v]) => v.files);
  return formatTable(
    ['Pagefind index', ...kinds.map(([k]) => k), 'total'],
    [
      ['files', ...kinds.map(([, v]) => v.files), idx.files],
      ['size', ...kinds.map(([, v]) => formatKB(v.bytes)), formatKB(idx.totalBytes)],
    ],
  );
}

function searchLines(r: Pick<BenchReport, 'queryBytes' | 'latency'>): string[] {
  const q = r.queryBytes;
  const l = r.latency;
  return [
    `Query download (fresh page, ${q.total.n} queries): median ${formatKB(q.total.median)} in ${q.requests.median} requests (p90 ${formatKB(q.total.p90)}); index chunks + fragments only: median ${formatKB(q.queryOnly.median)}`,
    `Search latency (warm, ${l.withDebounce.n} queries): keystroke → first results painted median ${l.withDebounce.median} ms, p90 ${l.withDebounce.p90} ms (budget uses this)` +
      `; from the search's start (after the ${l.debounceMs} ms debounce wait, which a keystroke after a pause skips) median ${l.withoutDebounce.median} ms, p90 ${l.withoutDebounce.p90} ms; keystroke → DOM median ${l.toDom.median} ms`,
  ];
}

/** One corpus's headline numbers: documents, build time, index size, median query bytes and latency. */
function corpusRow(label: string, r: Pick<ScaleSection, 'corpus' | 'build' | 'searchIndex' | 'queryBytes' | 'latency'>): (string | number)[] {
  return [
    label,
    r.corpus.documents,
    r.build ? formatMs(r.build.totalMs) : '–',
    formatKB(r.searchIndex.totalBytes),
    formatKB(r.queryBytes.total.median),
    `${r.latency.withDebounce.median} ms`,
  ];
}

function scaleLines(s: ScaleSection, base: BenchReport): string {
  const g = s.growth;
  const x = (v: number | null) => (v === null ? '–' : `×${v.toFixed(2)}`);
  return [
    `Scale corpus (${s.contentRoot}, dist ${s.dist})`,
    formatTable(
      ['', 'documents', 'build', 'index', 'query bytes (median)', 'latency (median)'],
      [corpusRow('real', base), corpusRow('scale', s), ['growth', x(g.documents), x(g.buildMs), x(g.indexBytes), x(g.queryBytesMedian), x(g.latencyMedian)]],
    ),
  ].join('\n');
}

/** The whole report as the bench prints it. */
export function renderReport(r: BenchReport): string {
  const out: string[] = [
    `Bench "${r.label}" · ${r.createdAt} · Node ${r.environment.node} · ${r.environment.chromium} · ${r.environment.cpus}× ${r.environment.cpuModel}`,
  ];
  out.push(`Corpus: ${r.corpus.documents} documents, ${r.corpus.htmlPages} HTML pages, dist ${formatKB(r.corpus.distBytes)}`);
  if (r.build) {
    out.push(
      '',
      `Build ${formatMs(r.build.totalMs)} = astro build ${formatMs(r.build.astroMs)} + Pagefind (build-search) ${formatMs(r.build.searchMs)}${r.build.pages !== null ? ` · ${r.build.pages} pages` : ''}`,
    );
    if (r.build.astroPhases.length) out.push(`  Astro phases: ${r.build.astroPhases.map((p) => `${p.name} ${formatMs(p.ms)}`).join(' · ')}`);
  } else out.push('', 'Build: not run (--no-build)');
  out.push('', pagesTable(r.pages));
  out.push(
    ...r.pages.map(
      (p) =>
        `  ${p.type.padEnd(10)} ${p.path}${p.static.matches ? '  (dist cross-check ok)' : `  ⚠ dist cross-check: ${p.static.notes.join('; ')}`}${p.measured.cls > 0 ? `  · largest shift: ${p.measured.clsSources[0] ?? '?'}` : ''}`,
    ),
  );
  const shifted = r.pages.filter((p) => p.lighthouse?.layoutShifts.length);
  if (shifted.length) {
    out.push('', 'Lighthouse layout shifts (mobile):');
    for (const p of shifted) out.push(`  ${p.type.padEnd(10)} CLS ${p.lighthouse!.cls!.toFixed(3)}: ${p.lighthouse!.layoutShifts.slice(0, 3).join(' · ')}`);
  }
  const audits = r.pages.flatMap((p) => (p.lighthouse?.failedAudits ?? []).filter((a) => a.id !== 'cumulative-layout-shift').map((a) => ({ p, a })));
  if (audits.length) {
    out.push('', 'Lighthouse audits that cost points:');
    for (const { p, a } of audits) {
      out.push(`  ${p.type} · ${a.category} · ${a.id} (${a.title})${a.displayValue ? `: ${a.displayValue}` : ''}`);
      for (const item of a.items.slice(0, 4)) out.push(`      ${item}`);
    }
  }
  out.push('', indexTable(r.searchIndex), '', ...searchLines(r));
  if (r.scale) out.push('', scaleLines(r.scale, r));
  out.push('', budgetsTable(r.budgets));
  return out.join('\n');
}
