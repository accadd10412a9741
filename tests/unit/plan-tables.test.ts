import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/lib/content/index.ts';
import { checkedProjects, taskRows } from '../../src/lib/data/plan-tables.ts';
import { projectSchema, taskSchema } from '../../src/schemas/plan-table.ts';
import { siteFindings } from '../../src/lib/consistency/index.ts';

const root = process.cwd();
const content = getContent(root);

describe('tasks dataset', () => {
  const tasks = taskRows(content, root);
  it('holds every task row of Đồng Tháp and the 22 tasks of 112 Phụ lục 2, each valid', () => {
    expect(tasks.filter((t) => t.document.startsWith('tien-giang')).length).toBe(22);
    expect(tasks.filter((t) => t.document.startsWith('dong-thap')).length).toBeGreaterThan(80);
    for (const t of tasks) expect(taskSchema.safeParse(t).success).toBe(true);
  });
  it('keeps lead unit, partners and deadline as printed and never invents a product', () => {
    const t = tasks.find((x) => x.id === 'dt04-nv-i-1-1')!;
    expect([t.lead_unit, t.deadline]).toEqual(['Các sở, ban, ngành tỉnh; UBND huyện, thành phố', 'Hàng năm']);
    expect(tasks.every((x) => x.product === null)).toBe(true);
  });
});

describe('projects dataset', () => {
  const { projects, subtotals } = checkedProjects(content, root);
  it('reads the Công báo thousands comma as triệu đồng and keeps the printed cell', () => {
    const bao = projects.find((p) => p.project.includes('Báo Ấp Bắc'))!;
    expect([bao.total_investment, bao.total_investment_printed, bao.need_2023]).toEqual([4200, '4,200', 1400]);
    for (const p of projects) expect(projectSchema.safeParse(p).success).toBe(true);
  });
  it('sums the nhiệm vụ vốn sự nghiệp to the printed subtotals 38,060 and 14,995', () => {
    expect(subtotals.map((s) => [s.column, s.computed, s.printed])).toEqual([
      ['total_investment', 38060, '38,060'],
      ['need_2023', 14995, '14,995'],
    ]);
  });
  it('flags the rows whose lead unit column cannot be read', () => {
    expect(projects.filter((p) => p.lead_unit_column_uncertain).length).toBe(14);
  });
});

describe('consistency findings over the restored documents', () => {
  const findings = siteFindings(content, root);
  it('lists every disagreement the review found', () => {
    const ids = findings.filter((f) => !f.agrees).map((f) => f.id);
    for (const id of [
      'tg573-diem-cau-hop-truc-tuyen',
      'tg112-pl3-dvctt-phat-sinh-ho-so',
      'tg112-pl1-cbccvc-tap-huan',
      'ngay-3652-qd-ubnd-tien-giang',
      'ngay-310-kh-ubnd-tien-giang',
      'ngay-370-kh-ubnd-tien-giang',
      'trang-thai-tg112-kq-2022-thanh-toan-truc-tuyen-tthc-phat-sinh-giao-dich',
    ])
      expect(ids).toContain(id);
  });
  it('finds the Phụ lục 4 subtotals in agreement', () => {
    expect(findings.filter((f) => f.kind === 'table-sum').every((f) => f.agrees)).toBe(true);
  });
});

describe('declared consistency checks', () => {
  it('fail with the file, the field and the fix when a figure is not printed at its anchor', async () => {
    const { runConsistency } = await import('../../src/lib/consistency/index.ts');
    const bad = {
      id: 'x',
      kind: 'sum' as const,
      subject: 'x',
      total: { document: 'tien-giang-bao-cao-573-bc-tu-2024', anchor: 'tg573-kq-na-diem-cau-truc-tuyen', figure: '208', label: 'x' },
      parts: [
        { document: 'tien-giang-bao-cao-573-bc-tu-2024', anchor: 'tg573-kq-na-diem-cau-co-cau', figure: '04', label: 'x' },
        { document: 'tien-giang-bao-cao-573-bc-tu-2024', anchor: 'khong-co', figure: '22', label: 'x' },
      ],
    };
    const { issues } = runConsistency(content, { checks: [bad], formats: [] }, root);
    expect(issues.map((i) => `${i.file} ${i.field}`)).toEqual([
      'content/data/consistency.yaml [0].parts[1].figure',
      'content/data/consistency.yaml [0].total.figure',
    ]);
    expect(issues[1].message).toContain('copy it exactly as the text prints it');
  });
});

describe('plan tables in a content root without their documents', () => {
  const without = { ...content, documents: content.documents.filter((d) => !d.slug.startsWith('tien-giang-ke-hoach-112')) };
  it('an unpublished root (a review draft, the scale corpus) has no rows from the missing document', () => {
    const unpublished = { ...without, site: { ...content.site, indexed: false } };
    expect(taskRows(unpublished, root).some((t) => t.document.startsWith('tien-giang'))).toBe(false);
    expect(checkedProjects(unpublished, root)).toEqual({ projects: [], subtotals: [] });
  });
  it('the published root fails, naming the missing document and where the table list is', () => {
    expect(() => checkedProjects(without, root)).toThrow(/projects: document "tien-giang-ke-hoach-112-kh-ubnd-2023" not found .*plan-tables\.ts/);
  });
});
