import { describe, expect, it } from 'vitest';
import { inlineToPlain, parseDocument } from '../../src/lib/document/parse.ts';
import { buildTocTree } from '../../src/lib/document/toc.ts';

const doc = `---
title: "x"
---

## I. MỤC TIÊU

<Tags pillars="kinh-te-so" />

### 1. Mục tiêu chung

<Tags sectors="nong-nghiep" />

- <Target id="x-2025-a">80% hộ gia đình có <Uncertain ocr="cdp quang">cáp quang</Uncertain></Target>;
- Hai[^1]

### 1. Mục tiêu chung

| STT | Chỉ tiêu |
|---|---|
| 1 | <Result id="x-kq-2022-b">90% \\| hồ sơ</Result> |

[^1]: Chú thích.
`;

describe('restored-document parser', () => {
  const p = parseDocument(doc);
  it('gives headings the ASCII ids the site renders, numbering repeats', () => {
    expect(p.headings.map((h) => h.id)).toEqual(['i-muc-tieu', '1-muc-tieu-chung', '1-muc-tieu-chung-1']);
  });
  it('inherits section tags from parent headings', () => {
    expect(p.sections[1]).toMatchObject({ pillars: ['kinh-te-so'], sectors: ['nong-nghiep'], path: ['i-muc-tieu'] });
    expect(p.sections[2]).toMatchObject({ pillars: ['kinh-te-so'], sectors: [] });
  });
  it('finds targets and results with their plain text, line and section', () => {
    expect(p.marks).toEqual([
      expect.objectContaining({ kind: 'target', id: 'x-2025-a', text: '80% hộ gia đình có cáp quang', sectionId: '1-muc-tieu-chung', line: 13 }),
      expect.objectContaining({ kind: 'result', id: 'x-kq-2022-b', text: '90% | hồ sơ', sectionId: '1-muc-tieu-chung-1' }),
    ]);
  });
  it('records uncertain readings with their OCR', () => {
    expect(p.uncertain).toEqual([expect.objectContaining({ ocr: 'cdp quang', reading: 'cáp quang' })]);
  });
  it('keeps table cells apart and footnotes as their own blocks', () => {
    const row = p.blocks.find((b) => b.kind === 'table-row' && b.text.startsWith('1'));
    expect(row?.cells?.map((c) => c.text)).toEqual(['1', '90% | hồ sơ']);
    expect(p.blocks.at(-1)).toMatchObject({ kind: 'footnote', text: 'Chú thích.' });
  });
  it('turns inline markup into the words a reader sees', () => {
    expect(inlineToPlain('**Đậm** *nghiêng* 1\\. điều<br />hai [^3]')).toBe('Đậm nghiêng 1. điều hai');
  });
  it('nests the table of contents by heading level', () => {
    const tree = buildTocTree(p.headings);
    expect(tree).toHaveLength(1);
    expect(tree[0].children.map((c) => c.heading.id)).toEqual(['1-muc-tieu-chung', '1-muc-tieu-chung-1']);
  });
});

describe('footnotes', () => {
  it('file a footnote and its figures under the section that cites it', () => {
    const p = parseDocument(`## A\n\nVăn bản[^1].\n\n## B\n\nKhác.\n\n[^1]: Gồm <Result id="x-kq-na-a">5 trạm</Result>.\n`);
    expect(p.marks[0].sectionId).toBe('a');
    expect(p.blocks.at(-1)).toMatchObject({ kind: 'footnote', sectionId: 'a' });
  });
});
