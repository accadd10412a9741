/** The draft's report (<slug>.report.md): what ingest did, what a reviewer looks at first, how garbled the source is. */
import { GARBLED, REVIEW_BUDGET, type Draft } from './draft.ts';
import { SEARCH } from './restore.ts';

export { GARBLED };

export function draftReport(slug: string, source: string, d: Draft, trainedOn: string[], seconds: number): string {
  const unknown = new Map<string, number>();
  for (const f of d.flagged) if (f.unknown) unknown.set(f.ocr, (unknown.get(f.ocr) ?? 0) + 1);
  const low = d.flagged.filter((f) => !f.unknown).sort((a, b) => a.confidence - b.confidence);
  const figures = d.flagged.filter((f) => /\d/.test(f.ocr) && /^\d+$/.test(f.ocr));
  const share = (d.garble * 100).toFixed(1);
  const garbled = d.garble > GARBLED;
  return [
    `# Ingest report: ${slug}`,
    '',
    `Source: \`${source}\`. Draft written by \`npm run ingest\` in ${seconds.toFixed(1)} s; model trained on ${trainedOn.join(', ')}.`,
    '',
    '## How garbled the source is',
    `At the fixed confidence threshold ${SEARCH.threshold}, ${share}% of the ${d.words} OCR words are uncertain or unknown. ` +
      (d.marksPrinted
        ? `**The source prints its marks** (half its words or more carry one, and nine in ten of those are words as printed): every word, acronym and foreign word it prints was kept as printed, in the project's tone placement, and only the rest restored; what the dictionaries lack is marked unknown (item 3). Read it against the source for the OCR's own slips, which a word as printed can hide (on the Đồng Tháp source, 99.7% of its words were right).`
        : garbled
          ? `**Garbled source: send it to a person first.** Above ${GARBLED * 100}% flagged words the automatic reading is a starting point only; read the whole draft against the side-by-side view.`
          : `Readable OCR: the draft spends the review budget instead, marking the ${d.flagged.length} least confident words (confidence below ${d.threshold.toFixed(3)}, at most ${REVIEW_BUDGET * 100}% of the words, unknown words always). Review the marked words and the structure, then read the rest against the source too: on OCR of this kind 96–98% of all words were right in the leave-one-out evaluation, and the marker caught 68–91% of the wrong ones (README, Ingest).`),
    '',
    '## Look at these first',
    `1. Frontmatter fields not read: ${d.unread.length ? d.unread.join(', ') : 'none'}. A field that is null was not printed or not readable; a placeholder ("Chưa đọc được …", locality "chua-xac-dinh") must be replaced.`,
    `2. Figures read as words (or words as figures): ${
      figures.length
        ? figures
            .slice(0, 20)
            .map((f) => `line ${f.line} "${f.ocr}" → "${f.reading}"`)
            .join('; ')
        : 'none'
    }.`,
    `3. Unknown tokens (no dictionary or corpus word fits; kept as printed and marked): ${
      unknown.size
        ? [...unknown]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 40)
            .map(([w, n]) => `"${w}"×${n}`)
            .join(', ')
        : 'none'
    }.`,
    `4. Least certain readings: ${
      low
        .slice(0, 30)
        .map((f) => `line ${f.line} "${f.ocr}" → "${f.reading}" (${(f.confidence * 100).toFixed(0)}%)`)
        .join('; ') || 'none'
    }.`,
    `5. Tables the OCR read across their columns (a "|" between cells, pieces of several cells on one line; rebuild them from the scan, and read their words against it): ${
      d.crossColumns.length ? d.crossColumns.map((r) => `lines ${r.from}–${r.to} (${r.lines} ruled lines)`).join('; ') : 'none'
    }.`,
    '6. Draft <Target>/<Result> marks (ids `nhap-…`) and their records: check every figure, year and id; rename ids with the document prefix.',
    '7. Draft <Tags>: proposed by a classifier; keep only what the section is explicitly about.',
    `8. Footnotes: ${
      d.footnotes.length
        ? d.footnotes
            .map((f) => `[^${f.n}] from line ${f.line}, referenced on line ${f.refLine}${f.numberPrinted ? '' : ' (number read from a mark: check it)'}`)
            .join('; ')
        : 'none found'
    }. Check each reference's place against the source. ${
      d.unplacedFootnotes.length
        ? `Footnote-like lines left in the body (no reference found above them; make them footnotes by hand if they are): ${d.unplacedFootnotes.map((u) => `line ${u.line} "${u.text.slice(0, 40)}"`).join('; ')}.`
        : ''
    }`,
    '',
    '## What it did',
    `- Structure: ${d.structure.headings} headings, ${d.structure.listItems} list items, ${d.structure.paragraphs} paragraphs, from the numbering (Phần, PHỤ LỤC, I., 1., 1.1., -, +), one level down under a part and two under an annex's title. ${d.structure.footnotes} footnotes (a numbered line after a gap with its reference glued to a word above it). ${d.structure.tables} tables rebuilt from rows whose cells the OCR separated with tabs; a table the OCR flattened into lines (no tabs) comes out as paragraphs: rebuild it from the scan.`,
    `- Page furniture removed (${d.furniture.length} lines): ${
      d.furniture
        .slice(0, 30)
        .map((f) => `line ${f.line} "${f.text.trim()}" (${f.why})`)
        .join('; ') || 'none'
    }.`,
    `- Seal marks on the Nơi nhận lines dropped from the recipients (${d.sealNoise.length}; listed as source.noise for the fidelity check): ${
      d.sealNoise.map((n) => `line ${n.line} "${n.text}"`).join('; ') || 'none'
    }.`,
    `- Every word restored by the model (OCR confusion model + dictionaries + trigram language model of the restored documents, Viterbi search${
      d.generalVietnamese ? '; the final reading also weighs word pairs of general Vietnamese, from @vntk/dictionary' : ''
    }); below the confidence threshold the reading is wrapped in \`<Uncertain ocr="…">\`; the confidence of a word is the lower of its probability share with its neighbours fixed and its posterior over all readings of the run.`,
    '- Letter case as printed: a word in capitals stays in capitals; in paragraphs and list items a capital the OCR may have made up in mid-sentence (Vé, Xuat, Iy) is written small where the training text writes the word small. Check names and titles of bodies in running text.',
    '- Signature and Nơi nhận from the close of the document, with the signature lines printed beside the Nơi nhận taken off the recipients; annexes printed after the signature stay in the body.',
    '- Next: docs/review-workflow.md.',
    '',
  ].join('\n');
}
