import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseDocument } from '../../src/lib/document/parse.ts';
import { DocumentPage } from './pages/document-page.ts';

const DT = 'dong-thap-ke-hoach-thuc-hien-nq-04-nq-tu';
const dtParsed = parseDocument(readFileSync(new URL(`../../content/documents/${DT}.mdx`, import.meta.url), 'utf8'));

test('a reader reaches any section of the Đồng Tháp plan from the home page in two clicks', async ({ page }) => {
  await page.goto('/');
  await page.locator(`a[href="/van-ban/${DT}/"]`).first().click();
  const doc = new DocumentPage(page);
  await doc.toc.getByRole('link', { name: 'III. NHIỆM VỤ VÀ GIẢI PHÁP' }).click();
  await expect(page).toHaveURL(new RegExp(`/van-ban/${DT}/#iii-nhiem-vu-va-giai-phap$`));
  await expect(doc.heading('iii-nhiem-vu-va-giai-phap')).toBeInViewport();
});

test('the Đồng Tháp page shows every heading of the plan with its ASCII id', async ({ page }) => {
  const doc = new DocumentPage(page);
  await doc.open(DT);
  const ids = await doc.body.locator('h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => h.id).filter((id) => id !== 'footnote-label'));
  expect(ids).toEqual(dtParsed.headings.map((h) => h.id));
  for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
});

test('the Đồng Tháp page shows the whole plan, down to the last task-table row', async ({ page }) => {
  const doc = new DocumentPage(page);
  await doc.open(DT);
  const lastRow = dtParsed.blocks.filter((b) => b.kind === 'table-row').at(-1)!;
  await expect(doc.body.locator('tr').last()).toContainText(lastRow.cells![1].text.slice(0, 40));
  expect(await doc.body.locator('tbody tr').count()).toBe(dtParsed.blocks.filter((b) => b.kind === 'table-row').length - 1);
});

test('every marked target is an anchor a link can point at', async ({ page }) => {
  const doc = new DocumentPage(page);
  const target = dtParsed.marks.find((m) => m.kind === 'target')!;
  await doc.open(DT, `#${target.id}`);
  const mark = page.locator(`mark#${target.id}`);
  await expect(mark).toBeInViewport();
  await expect(mark).toContainText(target.text.slice(0, 30));
});

test('the metadata panel shows what the document prints and says what it does not', async ({ page }) => {
  const doc = new DocumentPage(page);
  await doc.open('tien-giang-ke-hoach-112-kh-ubnd-2023');
  await expect(doc.metaValue('Số hiệu')).toHaveText('112/KH-UBND');
  await expect(doc.metaValue('Ngày ban hành')).toHaveText('31/03/2023');
  await expect(doc.metaValue('Đăng công báo')).toContainText('Công báo Tiền Giang số 11');
  await doc.open('ha-tien-ke-hoach-chuyen-doi-so-2023');
  await expect(doc.metaValue('Số hiệu')).toContainText('không');
  await expect(page.getByRole('note').filter({ hasText: 'số hiệu và ngày ban hành không được in' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('documents render in full', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.open('tra-vinh-nghi-quyet-09-nq-tu-2022');
    await expect(doc.body.locator('h2').first()).toBeVisible();
    await expect(page.locator('.signature')).toContainText('PHÓ BÍ THƯ');
  });
});

test('an uncertain reading in the signature block carries the visible marker and its OCR', async ({ page }) => {
  await page.goto('/van-ban/ha-tien-ke-hoach-chuyen-doi-so-2023/');
  const marked = page.locator('#chu-ky .uncertain', { hasText: 'KT.' });
  await expect(marked).toBeVisible();
  await expect(marked.locator('.uncertain__flag')).toHaveText('?');
  await expect(marked).toHaveAttribute('title', /lll,/);
});
