/** Uncertain readings in frontmatter fields (signature, related documents …): lookup and display. Pure. */

import type { DocumentMeta } from '../../schemas/document.ts';

/** One entry of the document frontmatter's `uncertain` list. */
export type UncertainField = DocumentMeta['uncertain'][number];

/** The value at a dotted path ("signature.name", "related.0"), or undefined. */
export function fieldValue(meta: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), meta);
}

/** Problems with the entries: a path that is not a text field, or a reading not in its value. */
export function uncertainFieldProblems(meta: unknown, entries: UncertainField[]): { index: number; message: string }[] {
  const out: { index: number; message: string }[] = [];
  entries.forEach((e, index) => {
    const v = fieldValue(meta, e.field);
    if (typeof v !== 'string')
      out.push({ index, message: `field "${e.field}" is not a text field of this frontmatter; use a path such as "signature.name" or "related.0"` });
    else if (!v.includes(e.reading))
      out.push({ index, message: `reading "${e.reading}" does not occur in ${e.field} ("${v}"); copy the uncertain part exactly` });
  });
  return out;
}

/** A field's text cut into plain parts and uncertain readings (with their OCR), in order. */
export function splitUncertain(text: string, field: string, entries: UncertainField[]): { text: string; ocr?: string }[] {
  let parts: { text: string; ocr?: string }[] = [{ text }];
  for (const e of entries.filter((x) => x.field === field)) {
    parts = parts.flatMap((p) => {
      if (p.ocr !== undefined) return [p];
      const at = p.text.indexOf(e.reading);
      if (at < 0) return [p];
      return [{ text: p.text.slice(0, at) }, { text: e.reading, ocr: e.ocr }, { text: p.text.slice(at + e.reading.length) }].filter((x) => x.text);
    });
  }
  return parts;
}
