/**
 * Every chart the site renders (each comparison year, each indicator, at the desktop and the phone
 * width) places its labels without collisions and inside the drawing (issue #20). Iterates the
 * real content, the same way the comparison page builds its charts, plus crowded cases.
 */
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/lib/content/index.ts';
import { targetRows } from '../../src/lib/data/dataset.ts';
import { buildMatrix, COMPARISON_YEARS } from '../../src/lib/compare/matrix.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { siteModel } from '../../src/lib/content/model.ts';
import { boxesOverlap, CHART_WIDTHS, chartInputFromRow, layoutChart, type ChartInput, type ChartLayout } from '../../src/lib/compare/chart-layout.ts';
import { collator } from '../../src/lib/format.ts';

function collisions(layout: ChartLayout): string[] {
  const out: string[] = [];
  const { labels } = layout;
  for (const [i, a] of labels.entries()) {
    if (a.x < 0 || a.y < 0 || a.x + a.width > layout.width || a.y + a.height > layout.height)
      out.push(`“${a.text}” (${a.kind}) leaves the ${layout.width}×${layout.height} drawing`);
    for (const b of labels.slice(i + 1)) if (boxesOverlap(a, b)) out.push(`“${a.text}” (${a.kind}) overlaps “${b.text}” (${b.kind})`);
  }
  return out;
}

function siteCharts(): { name: string; input: ChartInput }[] {
  const content = getContent();
  const rows = targetRows(content);
  const localities = [...content.localities].sort((a, b) => collator.compare(a.name, b.name));
  // Both editions: the English labels ("National 80%", "provincial level") have their own lengths.
  return LANGS.flatMap((lang) => {
    const names = Object.fromEntries(localities.map((l) => [l.id, siteModel().namesIn(lang).localityName(l.id)]));
    return COMPARISON_YEARS.flatMap((year) =>
      buildMatrix(rows, content.national, content.indicators, { year, localities: localities.map((l) => l.id), pillarOrder: content.pillars.map((p) => p.id) })
        .flatMap((g) => g.rows)
        .map((r) => ({ name: `${lang} ${year} ${r.indicator.id}`, input: chartInputFromRow(r, names, lang) }))
        .filter((c): c is { name: string; input: ChartInput } => c.input !== null),
    );
  });
}

const charts = siteCharts();

describe('labels of every chart the site renders', () => {
  it('finds the charts of the comparison pages', () => {
    expect(charts.length).toBeGreaterThan(3);
  });
  for (const { name, input } of charts)
    for (const [size, width] of Object.entries(CHART_WIDTHS)) {
      it(`${name} at the ${size} width (${width} px) has no two labels overlapping and none outside the drawing`, () => {
        expect(collisions(layoutChart(input, width))).toEqual([]);
      });
    }
});

describe('label collisions in crowded charts', () => {
  const v = (value: number, text: string, valueMax: number | null = null) => ({ value, valueMax, text });
  const crowded: ChartInput = {
    percent: true,
    unitLabel: '%',
    rows: [
      { key: 'a', label: 'Tiền Giang', values: [v(80, '80% (cấp huyện)'), v(90, '90% (cấp tỉnh)'), v(100, '100%')] },
      { key: 'b', label: 'Hà Tiên', values: [v(95, '95–100%', 100)] },
      { key: 'c', label: 'Đồng Tháp', values: [] },
    ],
    references: [v(80, '80%'), v(100, '100%'), v(90, '90% (cấp tỉnh)'), v(85, '85–90%', 90)],
  };
  for (const [size, width] of Object.entries(CHART_WIDTHS)) {
    it(`separates close targets and close national references at the ${size} width`, () => {
      const layout = layoutChart(crowded, width);
      expect(collisions(layout)).toEqual([]);
      expect(layout.references).toHaveLength(4);
      expect(layout.labels.filter((l) => l.kind === 'empty').map((l) => l.text)).toEqual(['không có chỉ tiêu']);
    });
  }
});
