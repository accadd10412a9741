import { describe, expect, it } from 'vitest';
import { reportErrorMailto, truncateText } from '../../src/lib/report-error.ts';
import { CONTACT_EMAIL, PLACEHOLDER_CONTACT_EMAIL, SITE_URL, contactEmailFrom } from '../../src/lib/site-config.ts';

const report = {
  documentLabel: 'Kế hoạch 112/KH-UBND (Trà Vinh)',
  slug: 'ke-hoach-112',
  anchor: 'ii-nhiem-vu--3',
  text: 'Chính quyền   số\nphục vụ người dân.',
};
const parse = (href: string) => {
  const url = new URL(href);
  return { to: url.pathname, subject: url.searchParams.get('subject')!, body: url.searchParams.get('body')! };
};

describe('error report mailto', () => {
  it('is addressed to the contact address of the site config', () => {
    expect(reportErrorMailto(report).startsWith(`mailto:${CONTACT_EMAIL}?subject=`)).toBe(true);
  });

  it('names the document and the passage in the subject', () => {
    expect(parse(reportErrorMailto(report)).subject).toBe('Báo lỗi: Kế hoạch 112/KH-UBND (Trà Vinh), đoạn ii-nhiem-vu--3');
  });

  it('gives the permalink of the passage and its current text in the body', () => {
    const { body } = parse(reportErrorMailto(report));
    expect(body).toContain(`${SITE_URL}/van-ban/ke-hoach-112/#ii-nhiem-vu--3`);
    expect(body).toContain('“Chính quyền số phục vụ người dân.”');
    expect(body.split('\r\n')[0]).toBe('Văn bản: Kế hoạch 112/KH-UBND (Trà Vinh)');
  });

  it('percent-encodes Vietnamese letters as UTF-8, spaces as %20 and line breaks as CRLF', () => {
    const href = reportErrorMailto(report);
    expect(href).toContain('B%C3%A1o%20l%E1%BB%97i');
    expect(href).toContain('%0D%0A');
    expect(href).not.toMatch(/[ \n+]/);
  });

  it('writes letters in NFC even when the text is decomposed', () => {
    const { body } = parse(reportErrorMailto({ ...report, text: 'Ủy ban'.normalize('NFD') }));
    expect(body).toContain('“Ủy ban”');
  });

  it('points to the passage instead of quoting when the text is unknown', () => {
    expect(parse(reportErrorMailto({ ...report, text: '' })).body).toContain('(xem đoạn tại địa chỉ trên)');
  });

  it('cuts a long text at a word boundary and marks the cut', () => {
    const long = Array.from({ length: 200 }, (_, i) => `từ${i}`).join(' ');
    const cut = truncateText(long, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.slice(0, -1)).not.toMatch(/ $/);
  });

  it('keeps the URL of a very long passage under 2,000 characters', () => {
    const long = 'Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước '.repeat(40);
    expect(reportErrorMailto({ ...report, text: long }).length).toBeLessThan(2000);
  });
});

describe('report links on a document page', async () => {
  const { addReportLinks } = await import('../../src/lib/html/passage-report.ts');
  const { reportErrorFallbackMailto } = await import('../../src/lib/report-error.ts');

  it('puts a Báo lỗi link at the start of each passage with an id, in the first cell of a table row', () => {
    const out = addReportLinks('<p id="a--1">Một</p><table><tr id="b--2"><td>x</td></tr></table><li id="fn-1">n</li>', 'doc');
    expect(out).toContain(`<p id="a--1"><a class="passage-report" href="${reportErrorFallbackMailto('doc', 'a--1')}"`);
    expect(out).toContain('<tr id="b--2"><td><a class="passage-report"');
    expect(out).toContain('<li id="fn-1">n</li>');
    expect(out).toContain('<span class="sr-only">Báo lỗi đoạn này</span>');
  });

  it('names the document and the passage in the light subject written into the page', () => {
    expect(parse(reportErrorFallbackMailto('ke-hoach-112', 'ii--3')).subject).toBe('Báo lỗi: ke-hoach-112#ii--3');
  });
});

describe('contact address from the build environment', () => {
  it('is the placeholder when CDS_CONTACT_EMAIL is unset or empty', () => {
    expect(contactEmailFrom(undefined)).toBe(PLACEHOLDER_CONTACT_EMAIL);
    expect(contactEmailFrom('')).toBe(PLACEHOLDER_CONTACT_EMAIL);
  });

  it('is the address CDS_CONTACT_EMAIL gives', () => {
    expect(contactEmailFrom('loi@example.org')).toBe('loi@example.org');
  });

  it('refuses a value that is not an address, naming the variable and an example', () => {
    expect(() => contactEmailFrom('lienhe')).toThrow(/CDS_CONTACT_EMAIL="lienhe".*CDS_CONTACT_EMAIL=lienhe@example.org/);
    expect(() => contactEmailFrom('a@b.org?cc=x@y.org')).toThrow(/not an e-mail address/);
  });
});
