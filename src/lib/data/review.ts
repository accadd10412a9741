/**
 * The record review (issue #17), pure: every record of every document with its sentence, tags,
 * indicator and verdicts, as plain text a reader audits in one pass; and the tag rule
 * "every record has a pillar, except a composite index, which says so".
 */
import type { SiteContent } from '../content/index.ts';
import { modelOf } from '../content/model.ts';
import type { ContentIssue } from '../content/issues.ts';
import { resultRows, targetRows } from './dataset.ts';
import type { ResultRow, TargetRow } from '../../schemas/dataset-row.ts';
import { compareTarget, formatFigure, formatReportedFigure } from '../compare/matrix.ts';
import { formatNumber } from '../format.ts';

/**
 * Whether the pillar rule fails the content check. On since the per-record tag review of issue #17
 * (every record reviewed against its own sentence); off would only list the violations.
 */
export const PILLAR_RULE_ENFORCED = true;

/** Records that break the pillar rule: no pillar without being a composite index, or a composite index with a pillar. */
export function pillarRuleViolations(
  content: Pick<SiteContent, 'targets' | 'results'>,
  rows: Pick<TargetRow, 'id' | 'pillar' | 'composite_index' | 'indicator'>[],
): ContentIssue[] {
  const fileOf = new Map([...content.targets, ...content.results].map((r) => [r.id, (r as { file?: string }).file ?? 'content/data']));
  const out: ContentIssue[] = [];
  for (const r of rows) {
    const file = fileOf.get(r.id) ?? 'content/data';
    if (r.composite_index && r.pillar.length)
      out.push({ file, field: `${r.id}.pillar`, message: `a composite index (${r.indicator}) has no pillar by design; set "pillar: []" on the record` });
    if (!r.composite_index && !r.pillar.length)
      out.push({
        file,
        field: `${r.id}.pillar`,
        message: 'record has no pillar; tag its section (<Tags pillars="…">) or set "pillar: [id, …]" from what its sentence is about',
      });
  }
  return out;
}

const list = (ids: string[], name: (id: string) => string) => (ids.length ? ids.map(name).join(', ') : '—');

/** One block of text per document: its records in document order, each with what a reviewer checks. */
export function reviewReport(content: SiteContent, extra: (id: string) => string[] = () => []): string {
  const model = modelOf(content);
  const targets = targetRows(content);
  const results = resultRows(content);
  const out: string[] = [];
  for (const doc of content.documents) {
    const marks = doc.parsed.marks;
    out.push(`${'='.repeat(100)}\n${doc.slug} — ${doc.meta.title}\n${'='.repeat(100)}`);
    for (const mark of marks) {
      const section = mark.sectionId ? model.section(doc, mark.sectionId) : undefined;
      out.push(`\n[${mark.kind === 'target' ? 'CHỈ TIÊU' : 'KẾT QUẢ'} ${mark.id}] ${doc.file}:${mark.line} · mục: ${section?.heading.text ?? '—'}`);
      out.push(`  câu: ${mark.blockText}`);
      const rows: (TargetRow | ResultRow)[] =
        mark.kind === 'target' ? targets.filter((t) => t.anchor === mark.id) : results.filter((r) => r.anchor === mark.id);
      for (const r of rows) {
        const figure = 'comparator' in r ? formatFigure(r, formatNumber) : r.value !== null ? formatReportedFigure(r, formatNumber) : 'không nêu con số';
        out.push(`  • ${r.id}: «${r.text}»`);
        out.push(
          `      số liệu: ${figure}${r.year ? ` · năm ${r.year}` : ''}${'level' in r && r.level ? ` · cấp ${r.level}` : ''} · đơn vị: ${r.unit ?? '—'} · chỉ số: ${r.indicator ?? '—'}`,
        );
        out.push(
          `      trụ cột: ${r.composite_index ? 'không (chỉ số tổng hợp)' : list(r.pillar, (id) => model.pillar(id).name)} · lĩnh vực: ${list(r.sector, (id) => model.sector(id).name)}`,
        );
        if ('status_printed' in r && r.target)
          out.push(
            `      đánh giá: văn bản ${r.status_printed ?? 'không ghi'} · theo số liệu ${r.status_computed} (${r.status_reason})${r.status_flag ? ` · ⚠ ${r.status_flag}` : ''}`,
          );
        if (r.uncertain) out.push('      ⚠ con số nằm trong đoạn đọc OCR không chắc chắn');
        if (r.note) out.push(`      ghi chú: ${r.note}`);
        const indicator = r.indicator ? model.indicator(r.indicator) : undefined;
        if ('counted' in r && indicator) {
          out.push(`      đo: ${r.counted} · mẫu số: ${r.denominator ?? 'toàn bộ'} · phạm vi: ${r.scope} · cấp: ${r.level ?? '—'} · cơ sở: ${r.base ?? '—'}`);
          for (const c of compareTarget(r, content.national, indicator))
            out.push(
              `      so với ${c.reference ? `${c.reference.id} (${formatFigure(c.reference, formatNumber)})` : '—'}: ${c.verdict}${c.reason ? ` — ${c.reason}` : ''}`,
            );
        }
        for (const line of extra(r.id)) out.push(`      ${line}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}
