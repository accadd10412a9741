import { describe, expect, it } from 'vitest';
import type { FidelityMatch } from '../../src/lib/fidelity/check.ts';
import { tokenize, type Token } from '../../src/lib/fidelity/tokens.ts';
import { alignLine, goldMatch, tableLinesOf } from '../../src/lib/ingest/gold-pairs.ts';

/** A fidelity match of OCR lines with a restored text (one unit), its pairs given as [restored index, source index]. */
function matchOf(ocrLines: string[], restored: string, pairs: [number, number][]): { m: FidelityMatch; words: Token[] } {
  const source = ocrLines.flatMap((l, i) => tokenize(l, i + 1));
  const words = tokenize(restored, 0);
  const restoredMatch = new Map(pairs.map(([r, s]) => [words[r], s] as [Token, number]));
  const sourceMatched = source.map((_, i) => pairs.some(([, s]) => s === i));
  return {
    m: { source, units: [{ anchor: 'p', line: 1, kind: 'paragraph', tokens: words }], sourceMatched, restoredMatch, furnitureLines: 0, noiseTokens: 0 },
    words,
  };
}

/** OCR word → restored word of a pairing, for each source token paired. */
const readingOf = (m: FidelityMatch, pairs: Map<Token, number>) =>
  [...pairs].sort((a, b) => a[1] - b[1]).map(([t, s]) => `${m.source[s].raw}@${m.source[s].at}=${t.raw}`);

describe('gold pairs: each OCR line placed where the restored text fits it', () => {
  it("pairs a footnote line the OCR ran into a paragraph with the footnote, not with the paragraph's look-alikes", () => {
    // The order-kept alignment gave the footnote's words (line 2) to the paragraph's words beside them.
    const { m } = matchOf(
      ['lan toa tinh than khoi nghiep', 'to chuc cuoc thi sinh vien', 'cung cap kien thuc khoi nghiep'],
      'lan tỏa tinh thần khởi nghiệp cung cấp kiến thức khởi nghiệp Tổ chức cuộc thi sinh viên',
      [
        ...[0, 1, 2, 3, 4, 5].map((k): [number, number] => [k, k]),
        // line 2 paired with line 3's restored words (wrong), line 3 left unpaired
        ...[0, 1, 2, 3, 4].map((k): [number, number] => [6 + k, 6 + k]),
      ],
    );
    const fixed = readingOf(m, goldMatch(m));
    expect(fixed).toEqual(expect.arrayContaining(['to@2=Tổ', 'chuc@2=chức', 'cuoc@2=cuộc', 'thi@2=thi', 'sinh@2=sinh', 'vien@2=viên']));
    expect(fixed).toEqual(expect.arrayContaining(['cung@3=cung', 'cap@3=cấp', 'kien@3=kiến', 'thuc@3=thức']));
  });

  it('keeps pairs that already fit, even where the document repeats the phrase elsewhere', () => {
    const { m } = matchOf(
      ['chuyen doi so tinh Tien Giang', 'ke hoach chuyen doi so tinh Tien Giang'],
      'chuyển đổi số tỉnh Tiền Giang kế hoạch chuyển đổi số tỉnh Tiền Giang',
      [...[0, 1, 2, 3, 4, 5].map((k): [number, number] => [k, k]), ...[0, 1, 2, 3, 4, 5, 6, 7].map((k): [number, number] => [6 + k, 6 + k])],
    );
    expect(readingOf(m, goldMatch(m))).toEqual(readingOf(m, m.restoredMatch));
  });

  it('places a line of a phrase the document repeats at the repeat nearest where the order-kept alignment put it', () => {
    // "b) Tồn tại, hạn chế" opens eight sections; after a footnote, where the line before ended is no guide.
    const names = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám'];
    const body = Array.from({ length: 30 }, () => 'nội dung').join(' ');
    const restored = names.map((n) => `mục ${n} ${body} an toàn hệ thống b Tồn tại hạn chế`).join(' ');
    const seventh = 7 * 71; // each section is 71 words, more than a window's reach apart
    // The OCR line's words paired with the words before the eighth section's phrase (an toàn hệ).
    const { m, words } = matchOf(['b T on tai han che'], restored, [
      [seventh + 62, 2],
      [seventh + 63, 3],
      [seventh + 64, 4],
    ]);
    const placed = [...goldMatch(m)].filter(([, s]) => s >= 3).map(([t]) => words.indexOf(t));
    expect(placed.sort((a, b) => a - b)).toEqual([seventh + 68, seventh + 69, seventh + 70]);
  });

  it('places a line of a repeated phrase after a footnote at the repeat the lines around it point to, though its words were paired with the footnote', () => {
    // 112: "b) Tồn tại, hạn chế" after footnote 11; the order-kept alignment gave its words to footnote 9's "an toàn hệ".
    const names = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám'];
    const body = Array.from({ length: 30 }, () => 'nội dung').join(' ');
    const section = (n: string) => `mục ${n} ${body} b Tồn tại hạn chế việc ${n} còn chậm`;
    const restored = `${names.map(section).join(' ')} Nghị định về an toàn hệ thống thông tin`;
    const size = 71; // words of a section
    const sixth = 5 * size;
    const footnote = 8 * size;
    const { m, words } = matchOf(
      ['noi dung noi dung noi dung', 'Nghi dinh ve an toan he thong thong tin', 'b T on tai han che', 'viec sau con cham'],
      restored,
      [
        ...[0, 1, 2, 3, 4, 5].map((k): [number, number] => [sixth + 56 + k, k]),
        ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((k): [number, number] => [footnote + k, 6 + k]),
        // the phrase's line paired with the footnote's words (on = an, tai = toàn, che = hệ), taken from line 2
        [footnote + 3, 17],
        [footnote + 4, 18],
        [footnote + 5, 20],
        ...[0, 1, 2, 3].map((k): [number, number] => [sixth + 67 + k, 21 + k]),
      ],
    );
    const placed = [...goldMatch(m)].filter(([, s]) => s >= 15 && s <= 20).map(([t]) => words.indexOf(t));
    expect(placed.sort((a, b) => a - b)).toEqual([62, 63, 64, 65, 66].map((k) => sixth + k));
  });

  it('places a line of a repeated phrase at the next repeat when another line holds the nearest', () => {
    // Line 1 is the first repeat's, as paired; line 3 (paired with look-alikes) is nearest to it too, so takes the second.
    const body = Array.from({ length: 40 }, () => 'nội dung').join(' ');
    const restored = `Kế hoạch số 30 ngày 06 tháng 10 ${body} ${body} Kế hoạch số 30 ngày 06 tháng 10 ${body} hết`;
    const second = 8 + 160;
    const { m, words } = matchOf(['Ke hoach so 30 ngay 06 thang 10', 'noi', 'Ke hoach so 30 ngay 06 thang 10'], restored, [
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((k): [number, number] => [k, k]),
      [8, 8],
      // line 3 paired with the body's look-alikes (noi = ngày)
      [10, 14],
    ]);
    const placed = [...goldMatch(m)].filter(([, s]) => s >= 9).map(([t]) => words.indexOf(t));
    expect(placed.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((k) => second + k));
  });

  it("pairs a word with its own word beside the look-alike it was paired with, when no word holds it (¢) Chu trì: Chủ, not the item's c)", () => {
    const { m } = matchOf(['Chu tri, phoi hop voi So'], 'c Chủ trì phối hợp với Sở', [
      [0, 0],
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 4],
      [6, 5],
    ]);
    expect(readingOf(m, goldMatch(m))).toEqual(['Chu@1=Chủ', 'tri@1=trì', 'phoi@1=phối', 'hop@1=hợp', 'voi@1=với', 'So@1=Sở']);
  });

  it('leaves lines of fewer than four words where they are: they fit too many places', () => {
    const { m } = matchOf(['so lieu', 'du lieu so'], 'dữ liệu số số liệu', [
      [0, 0],
      [1, 1],
    ]);
    expect(readingOf(m, goldMatch(m))).toEqual(readingOf(m, m.restoredMatch));
  });

  it('places the rest of a footnote after its first line, though its common words vote for no place', () => {
    // "số tỉnh Tiền Giang" is all over the document, so only where the line before ended says where it goes.
    const filler = Array.from({ length: 62 }, () => 'số tỉnh Tiền Giang').join(' ');
    const { m } = matchOf(
      ['Quyet dinh 517 thanh lap Ban Chi dao chuyen doi', 'so tinh Tien Giang', 'chua co nhieu bai toan'],
      `${filler} Tồn tại hạn chế chưa có nhiều bài toán Quyết định 517 thành lập Ban Chỉ đạo chuyển đổi số tỉnh Tiền Giang`,
      [
        // the footnote's last line was paired with "Tồn tại hạn chế" beside it; its first line with nothing
        ...[0, 1, 2, 3].map((k): [number, number] => [248 + k, 10 + k]),
        ...[0, 1, 2, 3, 4].map((k): [number, number] => [252 + k, 14 + k]),
      ],
    );
    const fixed = readingOf(m, goldMatch(m));
    expect(fixed).toEqual(expect.arrayContaining(['Quyet@1=Quyết', 'doi@1=đổi', 'so@2=số', 'tinh@2=tỉnh', 'Tien@2=Tiền', 'Giang@2=Giang']));
    expect(fixed.filter((p) => p.endsWith('=Tồn'))).toEqual([]);
  });

  it("re-places a short line the OCR read across a table's cells, and pairs none of its words with another cell's look-alike", () => {
    // Row: "Thuê dịch vụ nhà nước | Nâng cao ngành". The OCR read the two cells side by side; the order-kept alignment
    // paired line 2 with the second cell (nha with Nâng, nuoc with ngành: they share an initial).
    const ocr = ['Thue dich vu | Nang cao', 'nha nuoc | nganh'];
    const { m } = matchOf(ocr, 'Thuê dịch vụ nhà nước Nâng cao ngành', [
      [0, 0],
      [1, 1],
      [2, 2],
      [5, 5], // nha = Nâng
      [7, 6], // nuoc = ngành
    ]);
    // A line of three words is left alone elsewhere; in a table it is placed again.
    expect(readingOf(m, goldMatch(m))).toEqual(expect.arrayContaining(['nuoc@2=ngành']));
    const fixed = readingOf(m, goldMatch(m, new Set([1, 2])));
    expect(fixed).toEqual(expect.arrayContaining(['Nang@1=Nâng', 'cao@1=cao', 'nha@2=nhà', 'nuoc@2=nước', 'nganh@2=ngành']));
  });

  it('finds the lines of a table the OCR read across its columns in the source text', () => {
    const text = ['Mot doan van.', '', 'Thue dich vu | Nang cao', 'nha nuoc | nganh', 'tinh | xa', 'cua tinh', '', 'Mot doan van.'].join('\n');
    expect([...tableLinesOf(text)]).toEqual([3, 4, 5, 6]);
  });

  it('places a line where the line before it ended when the phrase recurs elsewhere, paired there with a line of its own', () => {
    // "chuyển đổi số tỉnh Tiền Giang năm 2022" is printed twice; the first is line 1's. Line 3 goes on after line 2.
    const { m } = matchOf(
      ['chuyen doi so tinh Tien Giang nam 2022', 'Ke hoach cua Ban Chi dao', 'chuyen doi so tinh Tien Giang nam 2022'],
      'chuyển đổi số tỉnh Tiền Giang năm 2022 Tồn tại hạn chế Kế hoạch của Ban Chỉ đạo chuyển đổi số tỉnh Tiền Giang năm 2022',
      [
        ...[0, 1, 2, 3, 4, 5, 6, 7].map((k): [number, number] => [k, k]),
        ...[0, 1, 2, 3, 4, 5].map((k): [number, number] => [12 + k, 8 + k]),
        // line 3 paired with the next paragraph's look-alikes (tinh = Tồn, Tien = tại)
        [8, 17],
        [9, 18],
      ],
    );
    const fixed = readingOf(m, goldMatch(m));
    expect(fixed.filter((p) => p.endsWith('=Tồn') || p.endsWith('=tại'))).toEqual([]);
    expect(fixed).toEqual(expect.arrayContaining(['chuyen@1=chuyển', 'chuyen@3=chuyển', 'tinh@3=tỉnh', 'Tien@3=Tiền', '2022@3=2022']));
    expect(fixed.filter((p) => p.endsWith('@3=chuyển'))).toHaveLength(1);
  });

  it('follows a table row the OCR read across its cells into two stretches of the restored text', () => {
    // One OCR line holds the first cell's words, then the second cell's.
    const line = tokenize('dau tu ha tang so thu vien dien tu tinh', 1);
    const restored = tokenize('Đầu tư hạ tầng số cho các đơn vị và Thư viện điện tử tỉnh Tiền Giang', 0);
    const { pairs } = alignLine(line, restored, [
      [0, 8],
      [7, 16],
    ]);
    expect(pairs.map(([k, r]) => `${line[k].raw}=${restored[r].raw}`)).toEqual([
      'dau=Đầu',
      'tu=tư',
      'ha=hạ',
      'tang=tầng',
      'so=số',
      'thu=Thư',
      'vien=viện',
      'dien=điện',
      'tu=tử',
      'tinh=tỉnh',
    ]);
  });
});
