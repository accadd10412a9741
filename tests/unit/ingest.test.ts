import { describe, expect, it } from 'vitest';
import { alignChars, channelCost, figureAsWordShare, learnConfusion } from '../../src/lib/ingest/confusion.ts';
import {
  adaptModel,
  marksPrinted,
  modelFrom,
  restoreTokens,
  SEARCH,
  candidatesFor,
  readingPosteriors,
  loneCapitals,
  sourceTerms,
  trainingSentences,
  type RestorationModel,
} from '../../src/lib/ingest/restore.ts';
import { parseHeader } from '../../src/lib/ingest/header.ts';
import { loadTrainingData } from '../../src/lib/ingest/training.ts';
import { probability, START, trainLanguageModel, trigrams } from '../../src/lib/ingest/lm.ts';
import {
  classifyLine,
  crossColumnRuns,
  findFurniture,
  headPageNumber,
  isAnnexHeading,
  layoutOf,
  markdownLine,
  romanNumbering,
  readItemLetters,
  splitRecipientLine,
  type SourceBlock,
} from '../../src/lib/ingest/structure.ts';
import { findFootnotes, footnoteNumber, writeFootnoteRefs } from '../../src/lib/ingest/footnotes.ts';
import {
  capitalCounts,
  casingOf,
  comparable,
  inCapitalsRun,
  isAcronymOrName,
  isFigure,
  isSlashedWords,
  keepMixedCase,
  lmKey,
  ocrRoman,
  readingCasing,
  sentenceOpeners,
} from '../../src/lib/ingest/syllable.ts';
import {
  chooseThreshold,
  footnoteDefinitions,
  footnoteScore,
  goldReadings,
  frontmatterScore,
  markerAt,
  scoreSyllables,
  withBrokenCodes,
  type MarkerSample,
} from '../../src/lib/ingest/evaluate.ts';
import { budgetThreshold, buildDraft, furnitureOf, GARBLED, restoreText, withSmallItemLetter } from '../../src/lib/ingest/draft.ts';
import { backgroundSentences, syllableRuns } from '../../src/lib/ingest/background.ts';
import { codeLexicon, restoreCode, unknownCodeParts } from '../../src/lib/ingest/codes.ts';
import { draftReport } from '../../src/lib/ingest/report.ts';
import { parseDocument } from '../../src/lib/document/parse.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { tokenize, type Token } from '../../src/lib/fidelity/tokens.ts';

const pairs = [
  ['c6', 'có'],
  ['s6', 'số'],
  ['chuyén', 'chuyển'],
  ['doi', 'đổi'],
  ['thir', 'thứ'],
  ['tw', 'tư'],
  ['chirc', 'chức'],
  ['1an', 'lần'],
  ['Pang', 'Đảng'],
  ['cong', 'công'],
  ['nghé', 'nghệ'],
  ['dén', 'đến'],
  ['nam', 'năm'],
  ['so', 'số'],
].map(([ocr, restored]) => ({ ocr, restored }));

/** A draft of a small source (lines) by a given model, with no locality, background or tag classifier. */
const draftOf = (source: string[], model: RestorationModel) =>
  buildDraft({
    slug: 'thu',
    sourceFile: 'thu.txt',
    sha256: 'a'.repeat(64),
    sourceText: source.join('\n'),
    localities: [],
    model,
    background: null,
    tags: null,
  });

/** Every token's reading, a token a split word absorbed as an empty string. */
const readingsOf = (m: RestorationModel) => (s: string) =>
  restoreTokens(m, s.split(' '))
    .map((t) => t.text)
    .join(' ');

describe('OCR confusion model', () => {
  it('aligns a printed word with its OCR letter by letter', () => {
    expect(alignChars('có', 'c6')).toEqual([
      ['c', 'c'],
      ['ó', '6'],
    ]);
  });
  it('makes a confusion seen in training cheaper than an unseen one', () => {
    const m = learnConfusion(pairs);
    expect(channelCost(m, 'có', 'c6')).toBeLessThan(channelCost(m, 'có', 'cx'));
    expect(channelCost(m, 'đổi', 'doi')).toBeLessThan(channelCost(m, 'đổi', 'loi'));
  });
  it('learns one printed letter read as two ("ứ" as "ir")', () => {
    const m = learnConfusion(pairs);
    expect(channelCost(m, 'chức', 'chirc')).toBeLessThan(channelCost(m, 'chức', 'chixyc'));
  });
});

describe('syllable search', () => {
  const sentences = [
    'chuyển đổi số là nhiệm vụ trọng tâm',
    'đẩy mạnh chuyển đổi số trong các cơ quan',
    'cuộc cách mạng công nghiệp lần thứ tư',
    'các cơ quan có trách nhiệm',
    'chuyển đổi số tỉnh',
    'công nghiệp lần thứ tư',
    'sở thông tin và truyền thông',
    'số lượng doanh nghiệp',
  ].map((s) => s.split(' '));
  const model = modelFrom(sentences, pairs, ['chuyên', 'so', 'sơ', 'đôi', 'đội', 'thi', 'thì', 'thị', 'tu', 'từ', 'cô', 'cổng', 'nghiệp', 'quyết', 'nghị']);
  const read = (s: string) =>
    restoreTokens(model, s.split(' '))
      .map((t) => t.text)
      .filter(Boolean)
      .join(' ');

  it('restores diacritics from context (chuyển đổi số, not chuyên đôi so)', () => {
    expect(read('chuyen doi so')).toBe('chuyển đổi số');
  });
  it('reads digits for letters and garbled vowels', () => {
    expect(read('cac co quan c6 trach nhiém')).toBe('các cơ quan có trách nhiệm');
    expect(read('cong nghiép 1an thir tw')).toBe('công nghiệp lần thứ tư');
  });
  it('reads two strokes for a u or ư under a mark (diing → dùng, nhiing → những), though five look-alikes are a letter closer', () => {
    const model = modelFrom(
      [
        ['hệ', 'thống', 'dùng', 'chung'],
        ['những', 'hệ', 'thống'],
      ],
      pairs,
      ['dùng', 'đúng', 'điếng', 'liếng', 'liệng', 'liêng', 'ping', 'những'],
    );
    const read = readingsOf(model);
    expect(read('hé thong diing chung')).toBe('hệ thống dùng chung');
    expect(read('nhiing hé thong')).toBe('những hệ thống');
  });
  it('reads a vowel and an r as the ư the OCR made of it (tharc → thức): no Vietnamese syllable has an r after its vowel', () => {
    const model = modelFrom(
      [
        ['nâng', 'cao', 'nhận', 'thức'],
        ['tổ', 'chức', 'hội', 'nghị'],
      ],
      pairs,
      // Five words a letter from it (thác, thạc…) and the lookup looked no further.
      ['thức', 'thác', 'thạc', 'thắc', 'thấc', 'thặc', 'thách', 'nhận', 'nâng', 'cao'],
    );
    expect(readingsOf(model)('nang cao nhan tharc')).toBe('nâng cao nhận thức');
  });
  it('reads a short figure as the word the training OCR printed it for, where the context asks for that word (Ty 18 = tỷ lệ)', () => {
    const model = modelFrom(
      [
        ['tỷ', 'lệ', 'hồ', 'sơ'],
        ['tăng', '18', 'lần'],
      ],
      [...pairs, { ocr: '18', restored: 'lệ' }],
      ['tỷ', 'lệ', 'lê'],
    );
    const read = readingsOf(model);
    expect(read('Ty 18 ho so')).toBe('Tỷ lệ hồ sơ');
    expect(read('tang 18 lan')).toBe('tăng 18 lần');
  });
  it('is no surer of a figure it keeps than the training OCR was that the figure is a figure ("13" stood for là one time in two)', () => {
    const model = modelFrom(
      [
        ['có', '13', 'huyện'],
        ['đó', 'là', 'nhiệm', 'vụ'],
      ],
      [...pairs, { ocr: '13', restored: 'là' }, { ocr: '13', restored: '13' }],
      ['là', 'có', 'huyện'],
    );
    expect(figureAsWordShare(model.confusion, '13')).toBe(0.5);
    expect(figureAsWordShare(model.confusion, '27')).toBe(0);
    const [, figure] = restoreTokens(model, ['co', '13', 'huyen']);
    expect(figure.text).toBe('13');
    expect(figure.confidence).toBeLessThanOrEqual(0.5);
  });
  it('is no surer of a figure it keeps than the words around it make it a figure ("Nghị định 50 47/2020" is Nghị định số)', () => {
    const model = modelFrom(
      [
        ['theo', 'nghị', 'định', 'số', '47/2020'],
        ['nghị', 'định', 'số', '13/2018'],
        ['có', '50', 'xã'],
      ],
      pairs,
      ['số', 'nghị', 'định', 'theo', 'có', 'xã'],
    );
    const [, , , inText] = restoreTokens(model, ['theo', 'Nghi', 'dinh', '50', '47/2020']);
    expect(inText.text).toBe('50');
    expect(inText.confidence).toBeLessThan(SEARCH.figureContext);
    const [, count] = restoreTokens(model, ['co', '50', 'xa']);
    expect(count.confidence).toBeGreaterThan(0.9);
  });
  it('is at most half sure of a figure it keeps where the training text almost never has a figure after the words before it (chuyển 601)', () => {
    const text = [...Array.from({ length: 200 }, () => ['chuyển', 'đổi', 'số', 'tỉnh']), ['có', '601', 'xã'], ['có', '12', 'xã']];
    const model = modelFrom(text, [], ['chuyển', 'đổi', 'số', 'tỉnh', 'có', 'xã']);
    const [, afterWord] = restoreTokens(model, ['chuyen', '601', 'tinh']);
    expect(afterWord.text).toBe('601');
    expect(afterWord.confidence).toBeLessThanOrEqual(0.5);
    const [, count] = restoreTokens(model, ['co', '601', 'xa']);
    expect(count.confidence).toBeGreaterThan(0.9);
  });
  it('keeps a part heading\'s word and number as the outline wrote them, certain ("Phan |" → Phần I, never Phân Ì)', () => {
    expect(romanNumbering('Phan | DANH GIA KET QUA')).toBe('Phần I DANH GIA KET QUA');
    expect(romanNumbering('PHAN II')).toBe('PHẦN II');
    const withPhan = modelFrom(sentences, pairs, ['phần', 'phân']);
    const out = restoreTokens(withPhan, ['Phần', 'I', 'chuyen', 'doi', 'so']);
    expect(out.map((t) => t.text)).toEqual(['Phần', 'I', 'chuyển', 'đổi', 'số']);
    for (const t of out.slice(0, 2)) expect([t.confidence > 0.999, t.unknown]).toEqual([true, false]);
  });
  it('reads words joined by a slash part by part and drops none of them (tin/co is not "tin")', () => {
    expect(isSlashedWords('tin/co')).toBe(true);
    expect(isSlashedWords('749/QD')).toBe(false);
    const [t] = restoreTokens(model, ['chuyén/so']);
    expect(t.text).toBe('chuyển/số');
    expect(t.unknown).toBe(false);
  });
  it('lets the context choose among the words two tokens the OCR split may join into', () => {
    const m = modelFrom(
      [
        ['tồn', 'tại', 'hạn', 'chế'],
        ['tồn', 'tại', 'và', 'hạn', 'chế'],
      ],
      [],
      ['tôn', 'tồn', 'tốn', 'tại', 'hạn', 'chế'],
    );
    expect(
      restoreTokens(m, ['T', 'on', 'tai'])
        .map((t) => t.text)
        .filter(Boolean),
    ).toEqual(['Tồn', 'tại']);
  });
  it('splits words the OCR ran together', () => {
    expect(candidatesFor(model, 'NGHIQUYET').some((c) => c.words.join(' ') === 'nghị quyết')).toBe(true);
  });
  it('gives every word a confidence and flags a token no word fits as unknown', () => {
    const out = restoreTokens(model, ['chuyen', 'doi', 'so', 'qxzw']);
    for (const t of out) {
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
    }
    expect(out[3]).toMatchObject({ text: 'qxzw', unknown: true });
    expect(out[0].unknown).toBe(false);
  });
  it('gives each token posteriors over all readings of the run that sum to one, the context reading likeliest', () => {
    const post = readingPosteriors(model, ['chuyen', 'doi', 'so']);
    for (const m of post) expect([...m.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const best = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0][0];
    expect(post.map(best)).toEqual(['chuyển', 'đổi', 'số']);
  });
  it('is no more confident of a reading than its posterior over all readings of the run', () => {
    const raws = ['so', 'thong', 'tin'];
    const post = readingPosteriors(model, raws);
    restoreTokens(model, raws).forEach((t, i) => expect(t.confidence).toBeLessThanOrEqual((post[i].get(t.text.toLowerCase()) ?? 0) + 1e-9));
  });
  it('adapts to a source by its confident readings only, and keeps its training data as it was', () => {
    const token = (raw: string, text: string, confidence: number) => ({ raw, text, confidence, unknown: false, alternatives: 3 });
    const runs = [{ raws: ['vien', 'thong', 'qq'], out: [token('vien', 'viễn', 0.99), token('thong', 'thông', 0.95), token('qq', 'quê', 0.2)] }];
    const adapted = adaptModel(model, runs);
    expect(trigrams(adapted.lm)).toContain('<s> viễn thông');
    expect(trigrams(adapted.lm).some((t) => t.includes('quê'))).toBe(false);
    expect(adapted.confusion.tokens.get('vien')?.get('viễn')).toBe(SEARCH.adaptPairWeight);
    expect(adapted.confusion.tokens.has('qq')).toBe(false);
    expect(adapted.trainedOn).toEqual(model.trainedOn);
    expect(trigrams(model.lm)).not.toContain('<s> viễn thông');
    expect(model.confusion.tokens.has('vien')).toBe(false);
  });
  it('adapts to a word whose casing alone is unsure: the language model learns words in lower case', () => {
    const token = (raw: string, text: string, confidence: number) => ({ raw, text, confidence, wordConfidence: 0.99, unknown: false, alternatives: 3 });
    const runs = [{ raws: ['So', 'tai', 'chinh'], out: [token('So', 'sở', 0.6), token('tai', 'tài', 0.99), token('chinh', 'chính', 0.99)] }];
    expect(trigrams(adaptModel(model, runs).lm)).toContain('<s> sở tài');
  });
  it('compares readings with one tone placement', () => {
    expect(comparable('Hoà')).toBe(comparable('hòa'));
  });
  it('scores a reading in the wrong case as wrong, and says what the score would be with case aside', () => {
    const units = [
      { line: 1, tokens: [0], gold: 'UBND' },
      { line: 1, tokens: [1], gold: 'hoà' },
    ];
    const readings = ['Ubnd', 'hòa'];
    const s = scoreSyllables(
      units,
      (_, k) => ({ text: readings[k], flagged: false }),
      (_, k) => ['UBND', 'hoa'][k],
    );
    expect(s.accuracy).toBe(0.5);
    expect(s.accuracyIgnoringCase).toBe(1);
  });
  it('gives an OCR token that stands for two restored words in a row both of them as its gold (NGHIQUYET is Nghị quyết)', () => {
    const source = tokenize('NGHIQUYET cua tinh', 1);
    const restored = tokenize('Nghị quyết của tỉnh', 0);
    const pairs = new Map(restored.map((t, k) => [t, [0, 0, 1, 2][k]] as [Token, number]));
    const gold = goldReadings([{ tokens: restored }], pairs, source);
    expect(source.map((s) => gold.get(s))).toEqual(['Nghị quyết', 'của', 'tỉnh']);
  });
  it('scores a word the draft joined from two OCR tokens (T on → Tồn) on the first token, where the gold pairs it with the second', () => {
    const readings = ['b', 'Tồn', '', 'tại', 'hạn', ''];
    const predict = (_: number, k: number) => ({ text: readings[k], flagged: false });
    const ocr = (_: number, k: number) => ['b', 'T', 'on', 'tai', 'han', 'ché'][k];
    const accuracyOf = (golds: [number, string][]) =>
      scoreSyllables(
        golds.map(([token, gold]) => ({ line: 1, tokens: [token], gold })),
        predict,
        ocr,
      ).accuracy;
    expect(
      accuracyOf([
        [2, 'Tồn'],
        [3, 'tại'],
      ]),
    ).toBe(1);
    // A token dropped after a word that is scored itself is an error still: its reading is lost.
    expect(
      accuracyOf([
        [4, 'hạn'],
        [5, 'chế'],
      ]),
    ).toBe(0.5);
  });
});

describe('item letters', () => {
  const token = (text: string) => ({ raw: text, text, confidence: 1, unknown: false, alternatives: 1 });
  it('reads a capital item letter shaped like its small letter as the small one (C) Về → c) Về), and leaves the rest', () => {
    const out = [token('C'), token('Về')];
    expect(withSmallItemLetter(out, 'C) Vé so hoa', false).map((t) => t.text)).toEqual(['c', 'Về']);
    // The run's readings are shared: not changed in place.
    expect(out[0].text).toBe('C');
    // A letter whose capital has another shape, a line set in capitals, or a capital word that is no item letter: kept.
    expect(withSmallItemLetter([token('B')], 'B) Ve', false)[0].text).toBe('B');
    expect(withSmallItemLetter([token('C')], 'C) CHINH QUYEN SO', true)[0].text).toBe('C');
    expect(withSmallItemLetter([token('Công')], 'Công tác', false)[0].text).toBe('Công');
  });
});

describe('scoring a code the OCR broke after its hyphen', () => {
  const lines = ['thuc hién Nghi quyét 08-', 'NQ/TU ngay 06/10/2021'];
  const tokens = lines.map((l, i) => tokenize(l, i + 1));
  it('scores the draft’s joined code (08-NQ/TU) against the whole code, and the second half as no unit of its own', () => {
    const units = withBrokenCodes(
      [
        { line: 1, tokens: [4], gold: '08-NQ/TU' },
        { line: 2, tokens: [0], gold: 'ngày' },
        { line: 2, tokens: [1], gold: 'ngày' },
      ],
      lines,
      tokens,
    );
    expect(units).toEqual([
      { line: 1, tokens: [4], gold: '08-NQ/TU', continued: { line: 2, token: 0 } },
      { line: 2, tokens: [1], gold: 'ngày' },
    ]);
    const readings: Record<string, string> = { '1:4': '08', '2:0': 'NQ/TU', '2:1': 'ngày' };
    const s = scoreSyllables(
      units,
      (line, k) => ({ text: readings[`${line}:${k}`], flagged: false }),
      (line, k) => tokens[line - 1][k].raw,
    );
    expect(s.accuracy).toBe(1);
  });
  it('leaves a line that ends in a word and a dash alone (kinh tế - / xã hội)', () => {
    const dash = ['phat trién kinh té -', 'x4 hoi'];
    const units = [{ line: 1, tokens: [3], gold: 'tế' }];
    expect(
      withBrokenCodes(
        units,
        dash,
        dash.map((l, i) => tokenize(l, i + 1)),
      ),
    ).toEqual(units);
  });
});

describe('a source that prints its marks (an OCR that kept them, written as Markdown)', () => {
  const words = new Set('a chuyển đổi số tỉnh đồng tháp khóa văn hóa nhiệm vụ và kế hoạch mục tiêu chính quyền nội dung cơ quan chủ trì stt sở'.split(' '));
  const model = { ...modelFrom([['chuyển', 'đổi', 'số', 'tỉnh']], [], words), keepWords: true };
  it('is told from an OCR that lost them: half its words carry a mark and nine in ten of those are words as printed', () => {
    expect(marksPrinted('Chuyển đổi số tỉnh Đồng Tháp Khoá XI văn hoá', words)).toBe(true);
    expect(marksPrinted('Chuyén doi s6 tinh Tién Giang nam 2023 Khoa', words)).toBe(false);
  });
  it("keeps every word as printed (the project's tone placement), an acronym and a foreign word too, and is sure of them", () => {
    const out = restoreTokens(model, ['văn', 'hoá', 'Khoá', 'XI', 'TT&TT', 'Platform', '5G']);
    expect(out.map((t) => t.text)).toEqual(['văn', 'hoá', 'Khoá', 'XI', 'TT&TT', 'Platform', '5G']);
    expect(out.filter((t) => t.confidence < 1).map((t) => t.raw)).toEqual([]);
    // What the dictionaries lack is kept and flagged unknown for the reviewer; a Roman number is no unknown word.
    expect(out.filter((t) => t.unknown).map((t) => t.raw)).toEqual(['TT&TT', 'Platform']);
  });
  it('reads a Markdown line without its marks, and knows a heading by its #', () => {
    expect(markdownLine('## **II. MỤC TIÊU**')).toEqual({ text: 'II. MỤC TIÊU', heading: true });
    expect(markdownLine('#### ***a) Chính quyền số***')).toEqual({ text: 'a) Chính quyền số', heading: true });
    expect(markdownLine('**TM. ỦY BAN NHÂN DÂN**  ')).toEqual({ text: 'TM. ỦY BAN NHÂN DÂN', heading: false });
    expect(markdownLine('- 100% văn bản (*trừ văn bản mật*);')).toEqual({ text: '- 100% văn bản (*trừ văn bản mật*);', heading: false });
    expect(markdownLine('1\tNội dung\t\t').text).toBe('1\tNội dung\t\t');
  });
  it('writes rows whose cells the OCR separated with tabs as one table, bold cells bold, and the outline from the # lines', () => {
    const source = [
      '## **KẾ HOẠCH**',
      '### **Chuyển đổi số tỉnh Đồng Tháp**',
      '#### **I. MỤC TIÊU**',
      '#### ***a) Chính quyền số***',
      'Chuyển đổi số tỉnh.',
      'Stt\tNội dung\tCơ quan chủ trì',
      '<b>I</b>\t<b>Nhiệm vụ</b>\t',
      '1.1\tChuyển đổi số\tSở | Tỉnh',
      'Chuyển đổi số tỉnh.',
    ];
    const draft = draftOf(source, model);
    expect(draft.marksPrinted).toBe(true);
    expect(draft.structure.tables).toBe(1);
    expect(draftReport('thu', 'thu.txt', draft, [], 1)).toContain('The source prints its marks');
    const body = draft.mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body).toContain('## I. MỤC TIÊU');
    expect(body).toContain('### a) Chính quyền số');
    expect(body).toContain(
      ['| Stt | Nội dung | Cơ quan chủ trì |', '| --- | --- | --- |', '| **I** | **Nhiệm vụ** |  |', '| 1.1 | Chuyển đổi số | Sở \\| Tỉnh |'].join('\n'),
    );
  });
});

describe('frontmatter score', () => {
  const gold = {
    docType: 'bao-cao' as const,
    number: '573-BC/TU',
    issuedDate: '2024-08-30',
    issuedPlace: 'Tiền Giang',
    title: 'Sơ kết 5 năm thực hiện Nghị quyết 52-NQ/TW của Bộ Chính trị về một số chủ trương',
    signature: { authority: 'T/M BAN THƯỜNG VỤ', role: 'PHÓ BÍ THƯ', name: 'Võ Văn Bình', note: null },
    recipients: ['Ban Kinh tế Trung ương,', 'Lưu Văn phòng Tỉnh ủy.'],
  };
  it('counts a field right when it reads as the hand restoration, a long text when 90% of its words agree, a missing one when both are null', () => {
    const draft = {
      ...gold,
      title: 'Sở kết 5 năm thực hiện Nghị quyết 52-NQ/TW của Bộ Chính trị về một số chủ trương',
      signature: { ...gold.signature, name: '0 Văn Bình' },
    };
    expect(frontmatterScore(gold, draft)).toEqual({ fields: 9, right: 8, wrong: ['signature.name'] });
    expect(frontmatterScore({ ...gold, number: null }, { ...gold, number: '573' }).wrong).toEqual(['number']);
    expect(frontmatterScore({ ...gold, recipients: null }, { ...gold, recipients: null }).right).toBe(9);
    expect(frontmatterScore(gold, { ...gold, recipients: ['Ban Kinh tế Trung ương,'] }).wrong).toEqual(['recipients']);
  });
});

describe('letter case', () => {
  it('keeps a word of three capitals or more in capitals wherever it stands (UBND, not Ubnd), two only on a line set in capitals', () => {
    expect(casingOf('UBND', false)).toBe('upper');
    expect(casingOf('CHUA', false)).toBe('upper');
    expect(casingOf('HQ', false)).toBe('capital');
    expect(casingOf('HQ', true)).toBe('upper');
    expect(casingOf('Tinh', true)).toBe('capital');
    expect(casingOf('TiNH', false)).toBe('upper');
    expect(casingOf('Tinh', false)).toBe('capital');
  });
  it('a two-letter word in a phrase set in capitals among small letters is in capitals (DU AN CHUYEN → DỰ ÁN CHUYỂN)', () => {
    expect(inCapitalsRun(['Muc', 'tieu', 'DU', 'AN', 'CHUYEN', 'TIEP', 'va'])).toEqual([false, false, true, true, true, true, false]);
    // Two-letter capitals alone or together are a name or an acronym (AI, Dự Án in a title line is the line's business).
    expect(inCapitalsRun(['ung', 'dung', 'AI', 'trong'])).toEqual([false, false, false, false]);
    expect(inCapitalsRun(['DU', 'AN', 'moi'])).toEqual([false, false, false]);
    // A figure or a mark between them ends the run.
    expect(inCapitalsRun(['UBND', '12', 'TU'])).toEqual([false, false, false]);
  });
  it('reads a Roman numeral the OCR printed with 1, l or | for I, and leaves other tokens alone', () => {
    expect(ocrRoman('X1')).toBe('XI');
    expect(ocrRoman('I11')).toBe('III');
    expect(ocrRoman('Il')).toBe('II');
    expect(ocrRoman('XI')).toBeNull();
    expect(ocrRoman('I0C')).toBeNull();
    expect(ocrRoman('1l')).toBeNull();
  });
  it('is as sure of a capital it wrote small as the training text is of the small letter there, and never surer than the OCR allows', () => {
    // "về" after "ủy": small 3 times in 3 → (3 + 1) / (3 + 2); but the OCR printed a capital, so 0.6 at most.
    const counts = capitalCounts(['Tỉnh ủy về dự.', 'Tỉnh ủy về nhiều mặt, Tỉnh ủy về đích.', 'Ban Về nhà.']);
    expect(readingCasing('Vé', 'về', false, false, { prev: 'ủy' }, counts)).toEqual({ casing: 'lower', sure: 0.6 });
    // After a word seen with it once only, the word alone decides: small 3 times in 4 → 4 / 6, and 0.6 at most.
    expect(readingCasing('Vé', 'về', false, false, { prev: 'ban' }, counts)).toEqual({ casing: 'lower', sure: 0.6 });
    // Small 3 times in 5 there: (3 + 1) / (5 + 2), under 0.6.
    const mixed = capitalCounts(['Tỉnh ủy về dự, Tỉnh ủy Về nhà, Tỉnh ủy về đích, Tỉnh ủy Về quê, Tỉnh ủy về.']);
    expect(readingCasing('Vé', 'về', false, false, { prev: 'ủy' }, mixed)).toEqual({ casing: 'lower', sure: 4 / 7 });
    // A capital kept as the OCR has it, or written small by a rule (an I that is an l), is sure.
    expect(readingCasing('Iy', 'lý', false, false, {}, new Map())).toEqual({ casing: 'lower', sure: 1 });
  });
  it('keeps a C or K in mid-sentence as a capital, only as sure as the capitals the training text shows with its neighbour', () => {
    const counts = capitalCounts(['Các sáng kiến hay, các sáng kiến mới và sáng kiến khác.', 'Theo Kế hoạch số 5, Kế hoạch này.']);
    // "Kién" after "sáng": small 3 times in 3 → (0 + 1) / (3 + 2), under the marker's threshold.
    expect(readingCasing('Kién', 'kiến', false, false, { prev: 'sáng' }, counts)).toEqual({ casing: 'capital', sure: 1 / 5 });
    // Where the text writes the capital with that neighbour, or has not seen the pair, it is sure.
    expect(readingCasing('Ké', 'kế', false, false, { prev: 'theo', next: 'hoạch' }, counts)).toEqual({ casing: 'capital', sure: 1 });
    expect(readingCasing('Kién', 'kiến', false, false, { prev: 'ý' }, counts)).toEqual({ casing: 'capital', sure: 1 });
    // One neighbour it is written capital with is enough, even if the other is seen small more often (Ban Chỉ đạo).
    const steering = capitalCounts(['Theo Ban Chỉ đạo, Ban Chỉ đạo họp.', 'Tỉnh chỉ đạo tốt, tỉnh chỉ đạo sát, và chỉ đạo các ngành.']);
    expect(readingCasing('Chi', 'chỉ', false, false, { prev: 'ban', next: 'đạo' }, steering)).toEqual({ casing: 'capital', sure: 1 });
    expect(readingCasing('Chi', 'chỉ', false, false, { prev: 'tỉnh', next: 'đạo' }, steering).sure).toBeLessThan(0.5);
  });
  it('keeps a look-alike capital that one neighbour is written capital with, though the other is seen small more often (của Sở Y tế)', () => {
    const counts = capitalCounts(['Giao Sở Y tế chủ trì, Sở Y tế báo cáo.', 'Trụ sở của sở này, hồ sơ của sở, việc của sở.']);
    expect(readingCasing('So', 'sở', false, false, { prev: 'của', next: 'y' }, counts)).toEqual({ casing: 'capital', sure: 1 });
    expect(readingCasing('So', 'sở', false, false, { prev: 'của', next: 'này' }, counts).casing).toBe('lower');
  });
  it('keeps a look-alike capital that heads a name the next word goes on with, where the text writes the name only opening items (Sở Tài chính)', () => {
    // The text writes "sở" small in mid-sentence, and "Sở Tài chính" only at an item's start: its own pair is never
    // counted, but "Tài" after it is capital, and it is capital in mid-sentence elsewhere (giao Sở Y tế).
    const counts = capitalCounts([
      '- Sở Tài chính: chủ trì. - Sở Tài chính: phối hợp.',
      'Giao Sở Y tế, và Sở Y tế.',
      'Cơ sở dữ liệu, cơ sở vật chất, trụ sở mới.',
    ]);
    expect(readingCasing('S¢', 'sở', false, false, { prev: '2023', next: 'tài' }, counts)).toEqual({ casing: 'capital', sure: 1 });
    expect(readingCasing('S¢', 'sở', false, false, { prev: '2023', next: 'dữ' }, counts).casing).toBe('lower');
  });
  it('writes small a look-alike capital before a name when the text never writes it capital in mid-sentence (với Cổng Dịch vụ công)', () => {
    const counts = capitalCounts(['Kết nối với Cổng Dịch vụ công, liên thông với Cổng Dịch vụ công quốc gia, làm việc với nhau.']);
    expect(readingCasing('Véi', 'với', false, false, { prev: 'kết', next: 'cổng' }, counts).casing).toBe('lower');
  });
  it('is half sure of capitals read as a word alone among small words, and sure of an acronym kept as printed or a heading in capitals', () => {
    expect(readingCasing('MINY', 'minh', false, false, {}, new Map())).toEqual({ casing: 'upper', sure: 0.5 });
    expect(readingCasing('UBND', 'UBND', false, false, {}, new Map())).toEqual({ casing: 'upper', sure: 1 });
    expect(readingCasing('MINY', 'minh', true, false, {}, new Map())).toEqual({ casing: 'upper', sure: 1 });
  });
  it('knows which words open a sentence or an item: the first, and any after a mark other than a comma', () => {
    expect(sentenceOpeners('Năm 2022, tỉnh đạt. Vé sau: a) Xuat “Chính')).toEqual([true, false, false, false, true, false, true, true, true]);
  });
  it('writes small a look-alike capital in mid-sentence where the training text writes the word small, with its neighbour', () => {
    const counts = capitalCounts([
      'Theo đó, chỉ đạo về việc. Tỉnh ủy về dự. Ban hành Chương trình hành động về nhiều mặt, thực hiện Chương trình hành động và về đích.',
    ]);
    // "Vé" for về after a word: the text writes "về" small there.
    expect(readingCasing('Vé', 'về', false, false, { prev: 'ủy', next: 'dự' }, counts).casing).toBe('lower');
    // At the start of a sentence the capital stays.
    expect(readingCasing('Vé', 'về', false, true, { next: 'dự' }, counts).casing).toBe('capital');
    // "Chương trình" is written with a capital in the text, and C is no look-alike: kept.
    expect(readingCasing('Chuong', 'chương', false, false, { next: 'trình' }, counts).casing).toBe('capital');
    // An I that reads as a small l is a small l.
    expect(readingCasing('Iy', 'lý', false, false, {}, capitalCounts(['quản lý nhà nước, xử lý và lý do, lý lịch'])).casing).toBe('lower');
    // Even opening a sentence or a table cell, and for a word the training text never wrote: the OCR reads a printed L as L.
    expect(readingCasing('I6ng', 'lồng', false, true, {}, new Map()).casing).toBe('lower');
    expect(readingCasing('Lồng', 'lồng', false, true, {}, new Map()).casing).toBe('capital');
    // A word the text never shows keeps the OCR's capital.
    expect(readingCasing('Vinh', 'vinh', false, false, {}, counts).casing).toBe('capital');
  });
  it('writes a made-up capital small in running text, and keeps it in a table the OCR flattened into short lines', () => {
    const words = 'tỉnh đã ban hành kế hoạch về chuyển đổi số và xây dựng chính quyền số trong năm nay cho các cơ quan nhà nước';
    const model = { ...modelFrom([words.split(' ')], [], []), capitals: capitalCounts([`Theo đó, ${words}.`, `Theo đó, ${words}.`]) };
    const source = [
      'KE HOACH',
      'Chuyén doi so',
      '',
      'I. MUC TIEU',
      'Tinh da ban hanh ké hoach Vé chuyén doi s6 va xay dung chinh quyén s6 trong nam',
      'nay cho cac co quan nha nudc, tinh da ban hanh ké hoach vé chuyén doi s6 va xay',
      'dung chinh quyén s6 trong nam nay cho cac co quan nha nuéc.',
      '',
      'Tinh da ban hanh',
      'Vé chuyén doi s6',
      'Xay dung chinh',
    ];
    const draft = draftOf(source, model);
    const body = parseDocument(draft.mdx).blocks.map((b) => b.text.replace(/<[^>]+>/g, ''));
    expect(body.find((t) => t.startsWith('Tỉnh đã ban hành kế hoạch'))).toMatch(/kế hoạch về chuyển/);
    expect(body.find((t) => t.startsWith('Tỉnh đã ban hành Về'))).toMatch(/Về chuyển đổi số Xây dựng/);
  });
  it('writes small a consonant capital the reading makes a vowel of in mid-sentence ("Gmg" is ứng), and keeps P read as Đ a capital', () => {
    expect(readingCasing('Gmg', 'ứng', false, false, {}, new Map()).casing).toBe('lower');
    expect(readingCasing('Gmg', 'ứng', false, true, {}, new Map()).casing).toBe('capital');
    expect(readingCasing('Pang', 'đảng', false, false, {}, new Map()).casing).toBe('capital');
  });
  it("keeps a name's mixed case where the reading is its letters unmarked (IoT, TiengiangS), not a capital vowel the OCR made of a marked one", () => {
    expect(keepMixedCase('IoT', 'Iot')).toBe('IoT');
    expect(keepMixedCase('TiengiangS', 'Tiengiangs')).toBe('TiengiangS');
    expect(keepMixedCase('sO', 'số')).toBe('số');
    expect(keepMixedCase('cAp', 'cấp')).toBe('cấp');
  });
  it('restores the capitals of a merged token on its first word only, and a code in capitals in capitals', () => {
    const model = modelFrom([['nghị', 'quyết', 'của', 'ubnd', 'tỉnh']], [], ['nghị', 'quyết', 'của', 'tỉnh']);
    const read = restoreTokens(model, ['Nghiquyet', 'cua', 'UBND', 'tinh'])
      .map((t) => t.text)
      .filter(Boolean);
    expect(read).toEqual(['Nghị quyết', 'của', 'UBND', 'tỉnh']);
  });
  it('flags an acronym the training text never printed as unknown, unless the source prints it again and again with no letter that may be a Đ', () => {
    const model = modelFrom([['hệ', 'thống', 'và', 'cổng']], [], ['hệ', 'thống', 'và', 'cổng']);
    const raws = ['HTTT', 'va', 'TTDT', 'va', 'CKS', 'va', 'HTTT', 'va', 'TTDT', 'va', 'HTTT', 'va', 'TTDT'];
    expect([...sourceTerms(raws)].sort()).toEqual(['HTTT', 'TTDT']);
    expect(
      restoreTokens(model, ['HTTT', 'va', 'TTDT', 'va', 'CKS'])
        .filter((t) => t.unknown)
        .map((t) => t.raw),
    ).toEqual(['HTTT', 'TTDT', 'CKS']);
    const adapted = adaptModel(model, [{ raws, out: restoreTokens(model, raws) }]);
    // HTTT printed three times is the document's own term; TTDT may be TTĐT (D for Đ); CKS, printed once, may be garble.
    expect(
      restoreTokens(adapted, ['HTTT', 'va', 'TTDT', 'va', 'CKS'])
        .filter((t) => t.unknown)
        .map((t) => t.raw),
    ).toEqual(['TTDT', 'CKS']);
  });
  it('writes every acronym with no vowel as one symbol in the language model, as it does figures, so one never seen is no look-alike word', () => {
    expect([lmKey('CNTT'), lmKey('TT'), lmKey('TTĐT'), lmKey('2022'), lmKey('Tỉnh'), lmKey('ĐẠT'), lmKey('UBND')]).toEqual([
      '<acr>',
      '<acr>',
      '<acr>',
      '<num>',
      'tỉnh',
      'đạt',
      'ubnd', // a vowel: it may be a word the OCR set in capitals
    ]);
    // Trained on other acronyms at a table line's start, "TT THDL" is not read "Tử THDL".
    const model = modelFrom(
      [
        ['HTTT', 'tỉnh', 'và', 'các'],
        ['CNTT', 'tỉnh', 'và', 'các'],
        ['tử', 'vong'],
      ],
      [],
      ['tử', 'tỉnh', 'và', 'các', 'vong'],
    );
    expect(restoreTokens(model, ['TT', 'THDL', 'tinh', 'va']).map((t) => t.text)).toEqual(['TT', 'THDL', 'tỉnh', 'và']);
  });
  it('keeps a word of capitals alone between small words as printed (mạng LAN tại), not a capital vowel-only or I-only garble', () => {
    expect(loneCapitals(['mang', 'LAN', 'tai'], 1)).toBe(true);
    expect(loneCapitals(['phan', 'mem', 'MISA', 'giai'], 2)).toBe(true);
    expect(loneCapitals(['CHUA', 'DAT', 'ty'], 1)).toBe(false); // a phrase in capitals
    expect(loneCapitals(['dugc', 'UOI', 'auOng'], 1)).toBe(false); // no consonant
    expect(loneCapitals(['dUng', 'CNTI', 'Chuy6n'], 1)).toBe(false); // no vowel but I
    expect(loneCapitals(['LAN', 'tai'], 0)).toBe(false); // opens the run
    const model = modelFrom([['mạng', 'lần', 'tại', 'các']], [], ['mạng', 'lần', 'tại', 'các']);
    expect(restoreTokens(model, ['mang', 'LAN', 'tai', 'cac']).map((t) => t.text)).toEqual(['mạng', 'LAN', 'tại', 'các']);
  });
  it('reads an acronym the training text prints with full confidence, not split with its own letters in small', () => {
    const model = modelFrom(
      [
        ['ứng', 'dụng', 'cntt', 'trong'],
        ['về', 'cntt', 'và'],
      ],
      [],
      ['ứng', 'dụng', 'trong', 'về', 'và'],
    );
    expect(candidatesFor(model, 'CNTT').filter((c) => c.words[0].toLowerCase() === 'cntt')).toHaveLength(1);
    const [, , cntt] = restoreTokens(model, ['ung', 'dung', 'CNTT', 'trong']);
    expect(cntt.text).toBe('CNTT');
    expect(cntt.confidence).toBeGreaterThan(0.9);
  });
});

describe('document numbers and codes', () => {
  const lexicon = codeLexicon(['749/QĐ-TTg', '29/2021/NQ-HĐND', '1571/QĐ-BCĐ', '47/2020/NĐ-CP', 'nhiệm', '2025', 'TTĐT', 'Xã']);
  const keep = (w: string) => w;

  it('learns the letter parts of the codes the training text prints and the acronyms it prints alone, and nothing from plain words or figures', () => {
    expect([...lexicon.keys()].sort()).toEqual(['BCĐ', 'CP', 'HĐND', 'NQ', 'NĐ', 'QĐ', 'TTg', 'TTĐT']);
  });
  it('names the letter parts of a code that neither the codes nor the words of the training text hold, and flags such a code as unknown', () => {
    expect(unknownCodeParts('1571/QĐ-BCĐ', lexicon, new Set())).toEqual([]);
    expect(unknownCodeParts('245/KH-BCP', lexicon, new Set(['kh']))).toEqual(['BCP']);
    expect(unknownCodeParts('213ITHH-CPDT', lexicon, new Set())).toEqual(['213ITHH', 'CPDT']);
    expect(unknownCodeParts('2022', lexicon, new Set())).toEqual([]);
    expect(unknownCodeParts('5G', lexicon, new Set())).toEqual([]);
    const model = modelFrom([['quyết', 'định', 'số', '1571/QĐ-BCĐ']], pairs, ['quyết', 'định', 'số']);
    const [known, unknown, name] = restoreTokens(model, ['1571/Qb-BCb', '213ITHH-CPDT', '5G']);
    expect([known.text, known.unknown]).toEqual(['1571/QĐ-BCĐ', false]);
    expect([unknown.text, unknown.unknown]).toEqual(['213ITHH-CPDT', true]);
    expect(name.unknown).toBe(false);
  });
  it('takes capitals with no vowel for an acronym and a CamelCase name for a name, but not & or Q, which stand for a marked vowel', () => {
    for (const w of ['HTTT', 'THDL', 'TT', 'TTĐT', 'TienGiangS']) expect(isAcronymOrName(w), w).toBe(true);
    for (const w of ['X&', 'BQ', 'HQ', 'UBND', 'C', 'TiNH', 'bAo', 'vA', 'Nghiquyet', 'IoT']) expect(isAcronymOrName(w), w).toBe(false);
  });
  it('keeps an acronym as printed rather than reading it as a look-alike word (HTTT is not HTTP, TTDT is TTĐT, not TỐT)', () => {
    const model = modelFrom(
      [
        ['giao', 'thức', 'http'],
        ['kết', 'quả', 'tốt'],
        ['cổng', 'TTĐT', 'tỉnh'],
      ],
      pairs,
      ['http', 'tốt'],
    );
    const read = (s: string) =>
      restoreTokens(model, s.split(' '))
        .map((t) => t.text)
        .filter(Boolean)
        .join(' ');
    expect(read('an toan HTTT')).toMatch(/ HTTT$/);
    expect(read('cong TTDT tinh')).toBe('cổng TTĐT tỉnh');
    expect(read('ung dung TienGiangS')).toMatch(/ TienGiangS$/);
  });
  it('reads a 0 or 1 among capitals as the O or I of an acronym the training text prints (I0C, 10C → IOC), and only then', () => {
    const model = modelFrom([['trung', 'tâm', 'IOC', 'tỉnh']], pairs, ['lộc']);
    const read = readingsOf(model);
    expect(read('trung tam I0C tinh')).toBe('trung tâm IOC tỉnh');
    expect(read('trung tam 10C tinh')).toBe('trung tâm IOC tỉnh');
    // No such acronym in the training text: the figure stays as printed.
    expect(read('dat 10G')).toMatch(/ 10G$/);
  });
  it('restores the marks the OCR lost from a document number (749/QD-TTg, NQ-HPND, 1571/Qb-BCb, 517/0D-UBND)', () => {
    expect(restoreCode('749/QD-TTg', lexicon, keep)).toBe('749/QĐ-TTg');
    expect(restoreCode('05/2021/NQ-HPND', lexicon, keep)).toBe('05/2021/NQ-HĐND');
    expect(restoreCode('1571/Qb-BCb', lexicon, keep)).toBe('1571/QĐ-BCĐ');
    expect(restoreCode('517/0D-UBND', lexicon, keep)).toBe('517/QĐ-UBND');
    expect(restoreCode('85/2016/ND-CP', lexicon, keep)).toBe('85/2016/NĐ-CP');
  });
  it('keeps digits, separators and a code part nothing in the lexicon fits as printed', () => {
    expect(restoreCode('245/KH-BCP', lexicon, keep)).toBe('245/KH-BCĐ');
    expect(restoreCode('14/CT-TTX', lexicon, keep)).toBe('14/CT-TTX');
    expect(restoreCode('3G/4G', lexicon, keep)).toBe('3G/4G');
    expect(restoreCode('2.540,5', lexicon, keep)).toBe('2.540,5');
  });
  it('reads a word inside a figure like any other word (11,5%/nam → 11,5%/năm)', () => {
    const model = modelFrom(
      [
        ['tăng', '11,5%/năm'],
        ['năm', '2025'],
        ['theo', 'quyết', 'định', '749/QĐ-TTg'],
      ],
      pairs,
      ['năm', 'nam'],
    );
    const read = (s: string) =>
      restoreTokens(model, s.split(' '))
        .map((t) => t.text)
        .join(' ');
    expect(read('tang 11,5%/nam')).toBe('tăng 11,5%/năm');
    expect(read('theo 749/QD-TTg')).toBe('theo 749/QĐ-TTg');
  });
});

describe('general Vietnamese background', () => {
  // Three policy documents print "đạt" far more often than "đất", and never "đất nước".
  const documents = ['đạt mục tiêu', 'đạt kết quả', 'phấn đấu đạt', 'nước sạch', 'đất đai'].map((s) => s.split(' '));
  const general = trainLanguageModel(syllableRuns('bảo vệ đất nước ~ lòng yêu quê hương đất nước; đất nước'), []);
  const wordsOf = ['đất', 'đạt', 'đặt', 'nước'];
  const read = (m: ReturnType<typeof modelFrom>, s: string) =>
    restoreTokens(m, s.split(' '))
      .map((t) => t.text)
      .join(' ');

  it('splits free text into runs of syllables at punctuation, "~" and hyphens, in the project\'s tone placement', () => {
    expect(syllableRuns('Bảo vệ đất nước ~ lòng yêu quê hương; hoà bình (a-xit)')).toEqual([
      ['bảo', 'vệ', 'đất', 'nước'],
      ['lòng', 'yêu', 'quê', 'hương'],
      ['hòa', 'bình'],
      ['a'],
      ['xit'],
    ]);
  });
  it('reads a phrase the documents never print once general Vietnamese is mixed in ("đất nước", not "đạt nước")', () => {
    expect(read(modelFrom(documents, pairs, wordsOf), 'dat nuoc')).toBe('đạt nước');
    const mixed = modelFrom(documents, pairs, wordsOf, [], general);
    expect(read(mixed, 'dat nuoc')).toBe('đất nước');
    // The documents' own phrases still win where they speak.
    expect(read(mixed, 'dat muc tieu')).toBe('đạt mục tiêu');
  });
  it('keeps the background through the adaptation to a source, or leaves it out when asked', () => {
    const mixed = modelFrom(documents, pairs, wordsOf, [], general);
    expect(adaptModel(mixed, []).background).toBe(general);
    expect(adaptModel(mixed, [], null).background).toBeNull();
  });
  it("mixes it into a readable source's final reading only, never a garbled one's", () => {
    const model = modelFrom(documents, pairs, wordsOf);
    const draftOf = (text: string) =>
      buildDraft({ slug: 'nhap-thu', sourceFile: 'thu.txt', sha256: 'a'.repeat(64), sourceText: text, localities: [], model, background: general, tags: null });
    const readable = draftOf('I. MUC TIEU\n\nPhan dau dat muc tieu, dat ket qua.\n');
    expect(readable.garble).toBeLessThanOrEqual(GARBLED);
    expect(readable.generalVietnamese).toBe(true);
    const garbled = draftOf('I. MUC TIEU\n\nxq3z vbk7 qqrt zzx9 pwq dat kfq.\n');
    expect(garbled.garble).toBeGreaterThan(GARBLED);
    expect(garbled.generalVietnamese).toBe(false);
  });
  it('comes from the installed @vntk/dictionary, with compound words the documents lack', () => {
    const runs = backgroundSentences();
    const has = (phrase: string) => runs.some((r) => r.join(' ').includes(phrase));
    expect(runs.length).toBeGreaterThan(100_000);
    for (const phrase of ['đất nước', 'sâu sắc', 'ảnh hưởng']) expect(has(phrase), phrase).toBe(true);
  });
});

describe('syllable language model', () => {
  const sentences = ['chuyển đổi số', 'chuyển đổi số tỉnh', 'đất nước đổi mới', 'số liệu'].map((s) => s.split(' '));
  const extra = ['sâu', 'sắc'];
  const lm = trainLanguageModel(sentences, extra);
  const vocabulary = [...new Set([...sentences.flat(), ...extra])];
  it('gives every history a distribution over the vocabulary that sums to about one', () => {
    for (const [u, v] of [
      [START, START],
      ['chuyển', 'đổi'],
      ['đổi', 'số'],
      ['sâu', 'sắc'],
    ]) {
      const sum = vocabulary.reduce((acc, w) => acc + probability(lm, u, v, w), 0);
      expect(sum).toBeGreaterThan(0.9);
      expect(sum).toBeLessThanOrEqual(1 + 1e-9);
    }
  });
  it('prefers the word seen after a history and keeps a dictionary word never seen possible', () => {
    expect(probability(lm, 'chuyển', 'đổi', 'số')).toBeGreaterThan(probability(lm, 'chuyển', 'đổi', 'mới'));
    expect(probability(lm, 'đất', 'nước', 'sâu')).toBeGreaterThan(0);
  });
});

describe('uncertain marker threshold', () => {
  const sample = (confidence: number, wrong: boolean, unknown = false): MarkerSample => ({ confidence, wrong, unknown, weight: 1 });
  // Ten readings: two wrong ones at low confidence, one unknown token.
  const training = [sample(0.2, true), sample(0.4, true), sample(0.5, false), ...Array.from({ length: 6 }, () => sample(0.99, false)), sample(1, false, true)];
  it('chooses the highest threshold that flags at most the allowed share, unknown tokens counted', () => {
    const t = chooseThreshold(training, 0.3);
    expect(t).toBe(0.5);
    expect(markerAt(training, t)).toEqual({ flaggedShare: 0.3, errorsCaught: 1 });
  });
  it('flags only unknown tokens when the budget leaves no room', () => {
    expect(chooseThreshold(training, 0.1)).toBe(0.2);
    expect(markerAt(training, 0.2).flaggedShare).toBe(0.1);
  });
  it('spends the review budget of a draft on its least confident readings, from its own confidences only', () => {
    const readings = training.map(({ confidence, unknown }) => ({ confidence, unknown }));
    expect(budgetThreshold(readings, 0.3)).toBe(0.5);
    expect(budgetThreshold(readings, 0.1)).toBe(0.2);
    expect(budgetThreshold(readings, 1)).toBe(1.01);
  });
});

describe('header parser', () => {
  it('reads số hiệu, date, place and type through OCR noise', () => {
    const h = parseHeader(['TINH UY TRA VINH PANG CONG SAN VIET NAM', 'T Tra Vinh, ngay 26 thang 01 nam 2022', 'S6 09-NQ/TU'], '7 NGHIQUYET');
    expect(h).toEqual({ number: '09-NQ/TU', issuedDate: '2022-01-26', placeOcr: 'Tra Vinh', docType: 'nghi-quyet' });
  });
  it('reads "S6: 112/KH-UBND" and a gazette-style date', () => {
    const h = parseHeader(['TINH TIEN GIANG Doc lap - Tw do - Hanh phc', 'S6: 112/KH-UBND Tién Giang, ngay 31 thang 3 nam 2023'], 'KE HOACH');
    expect(h.number).toBe('112/KH-UBND');
    expect(h.issuedDate).toBe('2023-03-31');
    expect(h.docType).toBe('ke-hoach');
  });
  it('leaves what it cannot read null', () => {
    expect(parseHeader(['Chuy6n d5i s5 tr6n illa bhn'], 'xyz')).toEqual({ number: null, issuedDate: null, placeOcr: null, docType: null });
  });
});

describe('structure from numbering', () => {
  it('tells headings, list items and paragraphs apart', () => {
    expect(classifyLine('I1- QUAN PIEM, MUC TIEU')).toEqual({ kind: 'heading', level: 2 });
    expect(classifyLine('2.1. Muc tiéu tong quat')).toEqual({ kind: 'heading', level: 4 });
    expect(classifyLine('- Nang cao nhan thuc')).toEqual({ kind: 'list-item', level: 0 });
    expect(classifyLine('+ Tinh')).toEqual({ kind: 'sub-item', level: 0 });
    expect(classifyLine('Thoi gian qua, cac cap')).toBeNull();
  });
  it('reads an item number the OCR printed as a letter or in ones as the list reads it (S. after 4. is 5., 111. is III.)', () => {
    const text = [
      'KE HOACH',
      'Chuyen doi so',
      '',
      'I. CAN CU',
      '',
      '4. Quyet dinh so 10/QD-UBND.',
      '',
      'S. Quyet dinh so 11/QD-UBND.',
      '',
      '111. NHIEM VU',
      '',
      'a) Mot viec',
    ];
    const body = layoutOf(text.join('\n')).body;
    expect(body.map((b) => [b.text.split(' ')[0], b.itemLabel ?? null])).toEqual([
      ['I.', null],
      ['4.', null],
      ['5.', '5'],
      ['III.', 'III'],
      ['a)', 'a'],
    ]);
  });
  it('reads an item lettered d) right after one lettered d), under the same heading, as đ), and any other letter as a letter', () => {
    const block = (text: string, kind: 'paragraph' | 'heading' = 'paragraph'): SourceBlock => ({ kind, level: 0, lines: [], text });
    const body = [block('c) Mot'), block('d) Hai'), block('d) Ba'), block('g) Bon'), block('2. Muc', 'heading'), block('d) Nam')];
    readItemLetters(body);
    // c) opens no list (no a) before it) but is a letter; d) after c) is d), sure; the second d) is đ); g) after đ)
    // (the OCR lost e)) is a letter, not a word; a d) out of order may be đ) and is left to the reading.
    expect(body.map((b) => b.itemLabel ?? null)).toEqual(['c', 'd', 'đ', 'g', null, null]);
    // The draft writes it, with the OCR's d kept as the source's.
    const model = modelFrom([['hoàn', 'thiện', 'tiếp', 'tục']], [], ['hoàn', 'thiện', 'tiếp', 'tục']);
    const read = restoreText(model, 'd) Tiep tuc', 1, false, 0.8, true, 'đ');
    expect(read.plain).toBe('đ) Tiếp tục');
  });
  it('reads an item letter the OCR printed as a mark (¢) for c), @) for a)) as the letter, opening an item of its own', () => {
    const text = ['I. NHIEM VU', '', '@) Phat trien nen tang so.', '', 'b) Trien khai ung dung.', '', '¢) Thuong xuyen cap nhat, chia se.'];
    const body = layoutOf(text.join('\n')).body;
    expect(body.map((b) => [b.text.split(' ')[0], b.itemLabel ?? null]).slice(-3)).toEqual([
      ['a)', 'a'],
      ['b)', 'b'],
      ['c)', 'c'],
    ]);
    // Its tokens hold no letter: the draft's reading of the printed line does not put the letter on the first word.
    const model = modelFrom([['thường', 'xuyên', 'cập', 'nhật']], [], ['thường', 'xuyên', 'cập', 'nhật']);
    const draft = draftOf(['KE HOACH', 'Chuyen doi so', '', ...text], model);
    expect(draft.mdx).toContain('c) Thường xuyên');
    expect(draft.tokens.get('10:0')?.text).toBe('Thường');
  });
  it("reads a heading's Roman number through the OCR's 1, l and | for I, and keeps it as printed", () => {
    expect(romanNumbering('I11- KET QUA THUC HIEN')).toBe('III- KET QUA THUC HIEN');
    expect(romanNumbering('Il. NHIEM VU')).toBe('II. NHIEM VU');
    expect(romanNumbering('I-DAC DIEM TINH HINH')).toBe('I- DAC DIEM TINH HINH');
    expect(romanNumbering('1. Muc tieu')).toBe('1. Muc tieu');
    // All three I read as 1 before a title in capitals: no plan numbers an item 111.
    expect(classifyLine('111. NHIEM VU')).toEqual({ kind: 'heading', level: 2 });
    expect(romanNumbering('111. NHIEM VU')).toBe('III. NHIEM VU');
    expect(classifyLine('11. KET QUA')).toEqual({ kind: 'heading', level: 3 });
    // A garbled OCR's small letters for the number, known by the title in capitals.
    expect(classifyLine('r. MUC TrtU')).toEqual({ kind: 'heading', level: 2 });
    expect(romanNumbering('r. MUC TrtU')).toBe('I. MUC TrtU');
    expect(romanNumbering('rv. KINH PHI THUC HIEN')).toBe('IV. KINH PHI THUC HIEN');
    expect(classifyLine('v. cac co quan')).toBeNull();
    expect(isFigure('III')).toBe(true);
    expect(isFigure('IV')).toBe(true);
    // VI and XI are Vietnamese words too (VI PHẠM, XI MĂNG): read like any word.
    expect(isFigure('VI')).toBe(false);
    expect(isFigure('XI')).toBe(false);
    expect(isFigure('CONG')).toBe(false);
  });
  it('reads a heading printed over two lines as one, and a numbered sentence that runs on as a paragraph', () => {
    const layout = layoutOf(
      [
        'BAO CAO',
        'vé chuyén doi so',
        '',
        'II- CONG TAC TUYEN TRUYEN, PHO BIEN VA TO',
        'CHUC THUC HIEN',
        'Cac cap uy da quan triét.',
        '1. Két qua thé ché hoa cac quan diém chi dao, thuc hién muc tiéu dé ra vé',
        'chu dong tham gia cudc Cach mang cong nghiép lan thir tu',
        'Tinh da ban hanh ké hoach.',
        '2. Tiép tuc quan tam hoan thién phap luat lién quan dén khéi nghiép, sang tao,',
        'chuyén doi s6 trong thdi gian t6i.',
      ].join('\n'),
    );
    expect(layout.body.map((b) => [b.kind, b.lines.length])).toEqual([
      ['heading', 2],
      ['paragraph', 1],
      ['heading', 2],
      ['paragraph', 1],
      ['paragraph', 2],
    ]);
  });
  it('reads "Phần I" over its title on the next line as one heading, and an annex\'s title as a heading under "PHỤ LỤC 1"', () => {
    const layout = layoutOf(
      [
        'KE HOACH',
        'Chuyén doi sé nim 2023',
        '',
        'Phan |',
        'PANH GIA KET QUA THUC HIEN NAM 2022',
        '',
        'Nam 2022 1a ndm thuc day chuyén d6i s6.',
        ' ’ 7 PHU LUC 1 ’ ’',
        'KET QUA THUC HIEN CAC CHI TIEU',
        'Chi tiéu ndim 2022 Két qua',
      ].join('\n'),
    );
    expect(layout.body.map((b) => [b.kind, b.level, b.lines.length])).toEqual([
      ['heading', 2, 2],
      ['paragraph', 0, 1],
      ['heading', 2, 1],
      ['heading', 3, 1],
      ['paragraph', 0, 1],
    ]);
    expect(layout.body[0].text).toBe('Phần I PANH GIA KET QUA THUC HIEN NAM 2022');
    expect(isAnnexHeading('PHU LUC 2')).toBe(true);
    expect(isAnnexHeading('Chi tiét theo Phu luc 4 dinh kém.')).toBe(false);
  });
  it('sets the headings under a "Phần" one level down and those under an annex\'s title two, and reads a numbered line citing a document as an entry, not a heading', () => {
    const layout = layoutOf(
      [
        'KE HOACH',
        'Chuyén doi sé nim 2023',
        '',
        'Phan II',
        'KE HOACH NAM 2023',
        'I. MUC TIEU',
        '1. Muc tiéu tong quat',
        '2.1. Phat trién Kinh té sé',
        'Tinh da ban hanh ké hoach.',
        'PHU LUC 3',
        'TINH HINH THUC HIEN',
        'I. DANH MUC CAC VAN BAN',
        '3. Quyét dinh s6 1780/QD-UBND ngay 27/6/2022 cua Chu tich UBND tinh.',
        '24. Thong bao s6 95/TB-UBND ngay 17/5/2022 cua UBND tinh.',
      ].join('\n'),
    );
    expect(layout.body.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 2],
      ['heading', 3],
      ['heading', 4],
      ['heading', 5],
      ['paragraph', 0],
      ['heading', 2],
      ['heading', 3],
      ['heading', 4],
      ['paragraph', 0],
      ['paragraph', 0],
    ]);
  });
  it('takes the signature printed beside the Nơi nhận off its lines: an authority after the label, a title after a comma, a name after the last full stop', () => {
    expect(splitRecipientLine('Noi nhan: T/M BAN THUONG VU', false)).toEqual({ recipient: '', signature: ['T/M BAN THUONG VU'], noise: [] });
    expect(splitRecipientLine('Noi nhan: PHO BI THU', false)).toEqual({ recipient: '', signature: ['PHO BI THU'], noise: [] });
    expect(splitRecipientLine('Nơi nhận: - Như trên;', false)).toEqual({ recipient: 'Như trên;', signature: [], noise: [] });
    expect(splitRecipientLine('- Van phong Trung vong Dang (HN, TPHCM), PHO Bi THU', false)).toEqual({
      recipient: 'Van phong Trung vong Dang (HN, TPHCM),',
      signature: ['PHO Bi THU'],
      noise: [],
    });
    expect(splitRecipientLine('- Luu Van phong Tinh uy. 0 Van Binh', true)).toEqual({
      recipient: 'Luu Van phong Tinh uy.',
      signature: ['0 Van Binh'],
      noise: [],
    });
    expect(splitRecipientLine('- Luu Van phong Tinh uy. 0 Van Binh', false)).toEqual({
      recipient: 'Luu Van phong Tinh uy. 0 Van Binh',
      signature: [],
      noise: [],
    });
    expect(splitRecipientLine('- Cac huyén uy, thi uy, thanh uy,', false)).toEqual({ recipient: 'Cac huyén uy, thi uy, thanh uy,', signature: [], noise: [] });
    // What the seal printed over the list leaves on a line is not the recipient's (573: "Trung uong, T", "duong, \\o\\JIEN").
    expect(splitRecipientLine('- Ban Kinh té Trung uong, T', false)).toEqual({ recipient: 'Ban Kinh té Trung uong,', signature: [], noise: ['T'] });
    expect(splitRecipientLine('- Cap uy cac huyén va twong duong, \\\\o\\JIEN', false)).toMatchObject({ recipient: 'Cap uy cac huyén va twong duong,' });
    expect(splitRecipientLine('- Cac s0, ban, nganh, doan thé tinh, ,', false).recipient).toBe('Cac s0, ban, nganh, doan thé tinh,');
    expect(splitRecipientLine('- Pho Chanh Van phong Tinh uy (TH), \u2018', false).noise).toEqual(['\u2018']);
    // Two capitals are a recipient (TX, TP), not a mark; nor are a Markdown OCR's emphasis and quotes.
    expect(splitRecipientLine('- UBND cac huyén, TX, TP', false).recipient).toBe('UBND cac huyén, TX, TP');
    expect(splitRecipientLine('- Lưu: VT, THVX (*Thg*).', true).recipient).toBe('Lưu: VT, THVX (*Thg*).');
    expect(splitRecipientLine('- Sở Tư pháp, Báo “Đồng Tháp”', false).noise).toEqual([]);
    // A garbled label still opens the Nơi nhận.
    const layout = layoutOf(
      ['KE HOACH', 'Chuyén doi sé', '', 'I. MUC TIEU', 'Tinh da ban hanh.', 'Noi nhdn:', '^. _. :', '- Sd Thdng tin (brio c6o);', '-LtruVT.'].join('\n'),
    );
    expect(layout.recipients.map((l) => l.text)).toEqual(['Noi nhdn:', '- Sd Thdng tin (brio c6o);', '-LtruVT.']);
    expect(layout.signature).toEqual([]);
  });
  it('finds a signature printed without an authority line (a title, then a name), and keeps the annexes after it in the body', () => {
    const layout = layoutOf(
      [
        'KE HOACH',
        'Chuyén doi sé nim 2023',
        '',
        'I. MUC TIEU',
        'Tinh da ban hanh ké hoach.',
        'CHU TICH',
        '',
        'Nguyén Vin Vinh',
        ' PHU LUC 1',
        'KET QUA THUC HIEN CAC CHI TIEU',
        'Ty 1¢ dich vu cong truc tuyén.',
      ].join('\n'),
    );
    expect(layout.signature.map((l) => l.text)).toEqual(['CHU TICH', 'Nguyén Vin Vinh']);
    expect(layout.body.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 2],
      ['paragraph', 0],
      ['heading', 2],
      ['heading', 3],
      ['paragraph', 0],
    ]);
    expect(layout.recipients).toEqual([]);
  });
  it('goes on into a capital when the heading line ends on a word no heading ends on ("của", "và")', () => {
    const layout = layoutOf(
      [
        'BAO CAO',
        've chuyen doi so',
        '',
        '2.1. Doi moi tu duy, tang cuong vai tro lanh dao cua',
        'Dang, quan ly nha nuoc',
        '2.2. Hoan thien the che',
        'Tinh da ban hanh.',
      ].join('\n'),
    );
    expect(layout.body.map((b) => [b.kind, b.lines.length])).toEqual([
      ['heading', 2],
      ['heading', 1],
      ['paragraph', 1],
    ]);
  });
  it('reads paragraphs that each open with a document and its number as the items of a list whose dashes the OCR lost', () => {
    const layout = layoutOf(
      [
        'KE HOACH',
        've chuyen doi so',
        '',
        'I. CAN CU LAP KE HOACH',
        'Nghi quyét s0 52-NQ/TW ngay 27 thang 9 ndm 2019 cta Bo Chinh trj.',
        'Quyét dinh s,o 964/QD-TTg ngay 10 thang 8 nam 2022 cua Thu tuéng.',
        'K& hoach s6 347/KH-UBND ngay 14 thang 11 ndm 2022.',
        'II. MUC TIEU',
        'Quyét dinh s6 749/QD-TTg da xac dinh muc tieu.',
      ].join('\n'),
    );
    expect(layout.body.map((b) => b.kind)).toEqual(['heading', 'list-item', 'list-item', 'list-item', 'heading', 'paragraph']);
  });
  it('tells the fidelity checker a page number by its line when its text also stands in the table the draft keeps', () => {
    const source = ['10', 'To chirc trién khai', '11', 'Xay dung', '12', 'Trién khai', '', '10', '', 'Ket thuc.'].join('\n');
    const furniture = findFurniture(source.split('\n'));
    expect(furniture.map((f) => f.line)).toEqual([8]);
    expect(furnitureOf(furniture, source)).toEqual({ furniture: [], furnitureRanges: [{ from: 8, to: 8, why: 'page number' }] });
    expect(furnitureOf([{ line: 1, text: '- 2 -', why: 'page number' }], '- 2 -\ntext')).toEqual({ furniture: ['^- 2 -$'] });
  });
  it('finds the stretches where the OCR read a table across its columns: three or more lines with a "|" between cells, a few lines apart', () => {
    const lines = [
      'Mot doan van ban binh thuong.',
      'Dau tu ha tang so |Thu vien dien tu tinh',
      'cho cac don vi | VHTT&DL | 2021 - 2023',
      'tiep tuc',
      'trien khai |thong tin',
      ...Array.from({ length: 20 }, () => 'van ban'),
      'mot dong | le loi',
      'a|', // a rule at the edge is no cell boundary
    ];
    expect(crossColumnRuns(lines, 12, 0)).toEqual([{ from: 2, to: 5, lines: 3 }]);
  });
  it("takes in the table's rows past its first and last ruled lines, up to two lines and never past a blank line", () => {
    const lines = [
      'Mot doan van ban binh thuong.',
      '',
      'Ten nhiem vu Don vi chu tri', // the header's first line has no rule
      'Dau tu ha tang so |Thu vien dien tu tinh',
      'cho cac don vi | VHTT&DL | 2021 - 2023',
      'trien khai |thong tin',
      'Bao Ap Bac ha tang', // the last row goes on
      'cac huyen thanh pho',
      'thi xa', // a third line is past the reach
      '',
    ];
    expect(crossColumnRuns(lines)).toEqual([{ from: 3, to: 8, lines: 3 }]);
  });
  it('removes page numbers and running heads', () => {
    const lines = ['16 CONG BAO TIEN GIANG/S6 11/ Ngay 26-5-2023', 'text', '- 2 -', 'CONG BAO TIEN GIANG/S6 11/ Ngay 26-5-2023 17', 'text'];
    expect(findFurniture(lines).map((f) => f.line)).toEqual([1, 3, 4]);
  });
  it("keeps bare numbers that count up where no page can be, between the pages the running heads print (a table's rows 10 to 12 between pages 47 and 54)", () => {
    const head = (n: number) => `CONG BAO TIEN GIANG/S6 11/ Ngay 26-5-2023 ${n}`;
    const rows = ['10', ...Array(40).fill('Xay dung'), '11', ...Array(40).fill('text'), '12', 'text'];
    const lines = [head(47), ...rows, '48', 'text', head(54), '- 2 -', head(55)];
    expect(findFurniture(lines).map((f) => [f.line, f.why])).toEqual([
      [1, 'running head (gazette)'],
      [lines.indexOf('48') + 1, 'page number'],
      [lines.length - 2, 'running head (gazette)'],
      [lines.length - 1, 'page number'], // alone, it may be the page number of the document the gazette prints
      [lines.length, 'running head (gazette)'],
    ]);
    expect(headPageNumber('16 CONG BAO TIEN GIANG/S6 11/ Ngay 26-5-2023')).toBe(16);
    expect(headPageNumber('CONG BAO TIEN GIANG/S6 11/ Ngay 26-5-2023')).toBeNull();
  });
  it('keeps table cells that repeat (a line of figures, a phrase whose OCR put a digit in a word) as text', () => {
    const rows = ['Té6i thiéu', '30%', '2022 - 2023', '11,000', '5,200'];
    const lines = [...rows, ...rows, ...rows, ...rows, 'Mot dong van ban day du de doc'];
    expect(findFurniture(lines)).toEqual([]);
  });
  it("keeps bare numbers that count up a few lines apart (a table's row numbers) and removes a lone page number", () => {
    const table = ['10', 'To chirc trién khai', 'ké hoach', '11', 'Xay dung', 'co so dir liéu', '12', 'Trién khai'];
    const lines = ['Mo dau', '', '7', '', ...table, '', '- 9 -'];
    expect(findFurniture(lines).map((f) => [f.line, f.why])).toEqual([
      [3, 'page number'],
      [lines.length, 'page number'],
    ]);
  });
});

describe('footnotes', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));
  const isBlockStart = (t: string) => (classifyLine(t)?.kind ?? 'paragraph') !== 'paragraph';
  it('reads a footnote number as printed, with its first digit lost, or from a mark', () => {
    expect(footnoteNumber('2', 2)).toBe(2);
    expect(footnoteNumber('4', 3)).toBe(4); // one footnote missed
    expect(footnoteNumber('1', 11)).toBe(11); // "1" for 11
    expect(footnoteNumber('*', 5)).toBe(5);
    expect(footnoteNumber('0', 1)).toBeNull();
    expect(footnoteNumber('48', 3)).toBeNull();
  });
  it('takes a numbered line after a gap as a footnote when its reference is glued to a word above it', () => {
    const scan = findFootnotes(
      lines(['tinh c6 07 doanh nghiép1 dau tu, xay dung', 'ha tang vién thong.', '', '1 Viettel, Mobifone, FPT', 'VTVCab, SCTV', '', 'phong, chéng han man.']),
      isBlockStart,
    );
    expect(scan.footnotes).toMatchObject([{ n: 1, refLine: 1, text: 'Viettel, Mobifone, FPT VTVCab, SCTV' }]);
    expect(scan.footnotes[0].lines.map((l) => l.line)).toEqual([4, 5]);
    expect(writeFootnoteRefs(scan.rewritten.get(1)!)).toBe('tinh c6 07 doanh nghiép[^1] dau tu, xay dung');
  });
  it('finds a reference glued to a year, which has four digits, not five (năm 20222 is năm 2022 with footnote 2)', () => {
    const scan = findFootnotes(
      lines([
        'gia, Ngay Chuyén d6i sb nim 2022',
        '',
        '1 Quyét dinh 2380/QD-UBND',
        '',
        'Giang” ndm 20222 nham nang cao, 20222 luot',
        '',
        '2 Ké hoach 241/KH-UBND',
      ]),
      isBlockStart,
    );
    expect(scan.footnotes.map((f) => [f.n, f.refLine])).toEqual([[2, 5]]);
    expect(writeFootnoteRefs(scan.rewritten.get(5)!)).toBe('Giang” ndm 2022[^2] nham nang cao, 20222 luot');
    expect(scan.unplaced.map((u) => u.n)).toEqual([1]);
  });
  it("reads a word a footnote's reference was glued to without it, in the draft's token readings as in its text (năm 20222)", () => {
    const model = modelFrom([['tổ', 'chức', 'năm', '2022', 'nhằm', 'nâng', 'cao']], [], ['tổ', 'chức', 'năm', 'nhằm', 'nâng', 'cao']);
    const draft = draftOf(
      [
        'KE HOACH',
        'Chuyen doi so nam 2023',
        '',
        'I. MUC TIEU',
        '',
        '- To chuc cuoc thi nam 20222 nham nang cao nhan thuc.',
        '',
        '2 Ke hoach so 241/KH-UBND ngay 18/7/2022.',
      ],
      model,
    );
    expect(draft.mdx).toContain('2022[^2]');
    // Line 6's sixth token, as printed "20222": read 2022, the reference taken out.
    expect(draft.tokens.get('6:5')?.text).toBe('2022');
  });
  it("takes no reference after the next footnote's own number glued above it (mé1 for mới is no footnote 1 after năm 20222)", () => {
    const scan = findFootnotes(
      lines(['Tién Giang nim 20222', 'va ndm 20223 nham', 'cac thong tin mé1 nhat', '', '1 Quyet dinh so 2380', '2 Ké hoach 295', '', '3 Ké hoach 241']),
      isBlockStart,
    );
    expect(scan.unplaced.map((u) => u.n)).toEqual([1]);
    expect(scan.footnotes.map((f) => [f.n, f.refLine])).toEqual([
      [2, 1],
      [3, 2],
    ]);
  });
  it('takes a footnote that follows, without a gap, one whose reference was not found', () => {
    const scan = findFootnotes(
      lines(['Ngay Chuyén d6i sb nim 20222', '', '! Quyet dinh so 2380/OD-UBND', '2 Ké hoach 295/KH-UNBD', 'nam 2022.']),
      isBlockStart,
    );
    expect(scan.unplaced.map((u) => [u.n, u.line])).toEqual([[1, 3]]);
    expect(scan.footnotes.map((f) => [f.n, f.refLine, f.text])).toEqual([[2, 1, 'Ké hoach 295/KH-UNBD nam 2022.']]);
  });
  it('finds a reference the OCR made a mark of, and several references on one line', () => {
    const scan = findFootnotes(
      lines(['duyét 06 HTTT® (03 HTTT cap do 2) va don vi hanh chinh co s¢?.', '', '1 Nghi dinh 85/2016/ND-CP', '2 Quyet dinh 186/QD-UBND']),
      isBlockStart,
    );
    expect(scan.footnotes.map((f) => [f.n, f.refLine])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    // Numbered in reading order: the first mark is the first footnote's.
    expect(writeFootnoteRefs(scan.rewritten.get(1)!)).toBe('duyét 06 HTTT[^1] (03 HTTT cap do 2) va don vi hanh chinh co s¢[^2].');
  });
  it('leaves a footnote-like line without a reference in the body, and a number that continues a sentence', () => {
    const scan = findFootnotes(lines(['trong do c6', '48 camera thong minh', '', '2 phuong 6, phuong 9']), isBlockStart);
    expect(scan.footnotes).toEqual([]);
    expect(scan.unplaced.map((u) => [u.line, u.n])).toEqual([[4, 2]]);
  });
  it('joins a code or a range broken after its hyphen without losing the hyphen, and keeps a dash between words', () => {
    const layout = layoutOf(['KE HOACH', '', 'I- TINH HINH', 'thuc hién Nghi quyét 08-', 'NQ/TU giai doan 2018-', '2020 vé kinh té -', 'x4 hoi.'].join('\n'));
    expect(layout.body[1].text).toBe('thuc hién Nghi quyét 08-NQ/TU giai doan 2018-2020 vé kinh té - x4 hoi.');
  });
  it('keeps footnote lines out of the body blocks and joins the paragraph the page break split', () => {
    const layout = layoutOf(
      [
        'KE HOACH',
        'vé chuyén doi so',
        '',
        'I- TINH HINH',
        'tinh c6 07 doanh nghiép1 dau tu, cung cép cac',
        '',
        '1 Viettel, Mobifone',
        '',
        '- 2 -',
        'dich vu vién thong.',
      ].join('\n'),
    );
    expect(layout.footnotes.map((f) => f.n)).toEqual([1]);
    expect(layout.body.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(writeFootnoteRefs(layout.body[1].text)).toBe('tinh c6 07 doanh nghiép[^1] dau tu, cung cép cac dich vu vién thong.');
  });
});

describe('training data exclusion', () => {
  const slug = 'tra-vinh-nghi-quyet-09-nq-tu-2022';
  const all = loadTrainingData('.');
  const without = loadTrainingData('.', { exclude: slug });
  it('removes the document, its parts, records and notes', () => {
    expect(all.documents.some((d) => d.slug === slug)).toBe(true);
    expect(without.documents.map((d) => d.slug)).not.toContain(slug);
    for (const t of [...without.parts, ...without.records, ...without.notes]) expect(t.slug.startsWith(slug)).toBe(false);
    expect(all.records.some((t) => t.slug === slug) && all.notes.some((t) => t.slug === slug)).toBe(true);
  });
  it('leaves no trigram unique to the excluded document in the language model', () => {
    const tri = (data: typeof all) => new Set(trigrams(trainLanguageModel(trainingSentences(data), [])));
    const others = tri(without);
    const mine = tri({ ...all, documents: all.documents.filter((d) => d.slug === slug) });
    const unique = [...mine].filter((t) => !others.has(t));
    expect(unique.length).toBeGreaterThan(100);
    const model = tri(without);
    for (const t of unique) expect(model.has(t)).toBe(false);
  }, 60_000);
});

describe('draft writer', () => {
  const sentences = [
    'chuyển đổi số tỉnh trà vinh',
    'mục tiêu chung',
    'nâng cao nhận thức về chuyển đổi số',
    'tình hình và nguyên nhân',
    'đến năm 2025 có 100% cơ quan sử dụng',
  ].map((s) => s.split(' '));
  const model = modelFrom(sentences, pairs, ['nghị', 'quyết']);
  const source = [
    'TINH UY TRA VINH PANG CONG SAN VIET NAM',
    'Tra Vinh, ngay 26 thang 01 nam 2022',
    'S6 09-NQ/TU',
    '',
    'NGHI QUYET',
    'vé chuyén doi so tinh Tra Vinh',
    '',
    'I- TINH HINH VA NGUYEN NHAN',
    'Nang cao nhan thuc vé chuyén doi so.',
    '1. Muc tieu chung',
    '- Dén nam 2025 c6 100% co quan sir dung;',
    '- Nang cao nhan thuc.',
    '- 2 -',
    'Noi nhan: T/M BAN THUONG VU',
    '- Cac huyén uy, thi uy, thanh uy, PHO Bi THU',
    'dang uy truc thugc Tinh uy,',
    '- Luu Van phong Tinh uy. 0 Van Binh',
  ].join('\n');
  const draft = buildDraft({
    slug: 'nhap-thu',
    sourceFile: 'thu.txt',
    sha256: 'a'.repeat(64),
    sourceText: source,
    localities: [{ id: 'tra-vinh', name: 'Trà Vinh' }],
    model,
    background: null,
    tags: null,
  });

  it('reads the signature printed beside the Nơi nhận from the print: authority, title in capitals, name; a recipient over two lines is one', () => {
    const { signature, recipients } = documentSchema.parse(parseDocument(draft.mdx).frontmatter);
    // T/M is kept as printed, like a code; the title goes in capitals (the OCR's "Bi" is a misread).
    expect(signature?.authority).toMatch(/^T\/M /);
    expect(signature?.role).toBe(signature?.role?.toUpperCase());
    expect(signature?.role?.split(' ')).toHaveLength(3);
    expect(signature?.name?.split(' ')).toHaveLength(3);
    expect(recipients).toHaveLength(2);
    expect(recipients?.[0].split(' ').length).toBeGreaterThan(7);
  });
  it('writes frontmatter the document schema accepts, with the draft status', () => {
    const fm = documentSchema.parse(parseDocument(draft.mdx).frontmatter);
    expect(fm).toMatchObject({
      docType: 'nghi-quyet',
      locality: 'tra-vinh',
      number: '09-NQ/TU',
      issuedDate: '2022-01-26',
      issuedPlace: 'Trà Vinh',
      restoration: { status: 'draft' },
    });
  });
  it('turns the numbering into headings and list items and drops the page number', () => {
    const d = parseDocument(draft.mdx);
    expect(d.headings.map((h) => [h.level, h.text])).toEqual([
      [2, 'I- TÌNH HÌNH VÀ NGUYÊN NHÂN'],
      [3, '1. Mục tiêu chung'],
    ]);
    expect(d.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(2);
    expect(draft.furniture.map((f) => f.line)).toEqual([13]);
  });
  it('escapes a backslash the OCR left, so it cannot escape the "<" of the tag after it (t\\<Uncertain> broke the MDX build)', () => {
    const r = restoreText(model, 'xqz\\qqrt nang cao', 1);
    expect(r.mdx).toMatch(/\\\\<Uncertain/);
    expect(r.mdx).not.toMatch(/[^\\]\\<Uncertain/);
  });
  it('marks the sentence with a deadline and a figure as a draft target', () => {
    const marks = parseDocument(draft.mdx).marks;
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ kind: 'target', id: expect.stringMatching(/^nhap-2025-/) });
  });
});

describe('draft footnotes', () => {
  const model = modelFrom([['doanh', 'nghiệp', 'viễn', 'thông']], pairs, []);
  const source = [
    'KE HOACH',
    'vé chuyén doi so',
    '',
    'I- HA TANG',
    'tinh c6 07 doanh nghiép1 dau tu,',
    '',
    '1 Viettel, Mobifone',
    '',
    'dich vu vién thong.',
  ].join('\n');
  const draft = buildDraft({
    slug: 'nhap-thu',
    sourceFile: 'thu.txt',
    sha256: 'a'.repeat(64),
    sourceText: source,
    localities: [],
    model,
    background: null,
    tags: null,
  });
  it('writes the footnote after the body and its reference where the OCR glued it', () => {
    const text = draft.mdx.replace(/<[^>]+>/g, '');
    // The page break no longer splits the paragraph: the footnote left it.
    expect(text).toContain('07 doanh nghiệp[^1] dau tu, dich vu viễn thông.');
    expect(text).toMatch(/\n\[\^1\]: Viettel, Mobifone\n$/);
    expect(parseDocument(draft.mdx).blocks.filter((b) => b.kind === 'footnote')).toHaveLength(1);
    expect(draft.footnotes).toEqual([{ n: 1, line: 7, refLine: 5, numberPrinted: true }]);
  });
  it('scores footnotes by their words, not their numbers, and counts those numbered as printed and placed after the same word', () => {
    const gold = [
      { label: '1', text: 'Quyết định số 2380/QĐ-UBND ngày 29/8/2022 của Chủ tịch UBND tỉnh', refAfter: 'tỉnh' },
      { label: '2', text: 'Kế hoạch số 295/KH-UBND ngày 30/9/2022', refAfter: 'năm' },
    ];
    const found = [{ label: '2', text: 'Quyết định số 2380/OD-UBND ngày 29/8/2022 của Chủ tịch Ubnd tỉnh', refAfter: 'tinh' }];
    expect(footnoteScore(gold, found)).toEqual({ gold: 2, draft: 1, recall: 0.5, precision: 1, numbered: 0, placed: 1 });
    // Footnotes that cite documents share many words: each goes with the one that shares the most, not the first.
    const decisions = [
      { label: '1', text: 'Quyết định số 2380/QĐ-UBND ngày 29/8/2022 của Chủ tịch UBND tỉnh', refAfter: 'Giang' },
      { label: '4', text: 'Quyết định số 517/QĐ-UBND ngày 25/02/2022 của Chủ tịch UBND tỉnh', refAfter: 'tỉnh' },
    ];
    expect(footnoteScore(decisions, [{ label: '4', text: 'Quyét dinh sé 517/0D-UBND ngay 25/02/2022 ciia Chu tich', refAfter: 'tinh' }])).toMatchObject({
      recall: 0.5,
      numbered: 1,
      placed: 1,
    });
    expect(footnoteDefinitions('trên <Result id="x">địa bàn tỉnh[^1]</Result>.\n\n[^1]: <Result id="y">Viettel</Result>, FPT\n')).toEqual([
      { label: '1', text: 'Viettel, FPT', refAfter: 'tỉnh' },
    ]);
  });
});
