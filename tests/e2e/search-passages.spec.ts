import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SearchPage } from './pages/search-page.ts';

/**
 * Passage-level relevance (issue #19): a query typed the way people type (no diacritics) must
 * land on the passage that answers it, not only on its document. Each case names the passage (its
 * id on the document page) and words of it the shown excerpt must contain. A result also counts
 * when it links to a marked target/result sentence inside that passage.
 */
const TV = '/van-ban/tra-vinh-nghi-quyet-09-nq-tu-2022/';
const HT = '/van-ban/ha-tien-ke-hoach-chuyen-doi-so-2023/';
const TG573 = '/van-ban/tien-giang-bao-cao-573-bc-tu-2024/';
const TG112 = '/van-ban/tien-giang-ke-hoach-112-kh-ubnd-2023/';
const DT = '/van-ban/dong-thap-ke-hoach-thuc-hien-nq-04-nq-tu/';

/** [query as typed, document, passage id, words of the passage the excerpt shows] */
const CASES: [string, string, string, string][] = [
  // The three queries of the issue.
  ['1780/QD-UBND', TG112, 'i-danh-muc-cac-van-ban-ve-chuyen-doi-so-nam-2022--3', '1780/QĐ-UBND'],
  ['thu gom rac thoi gian thuc', DT, 'phu-luc--96', 'thu gom rác thải theo thời gian thực'],
  [
    'trung tam doi moi sang tao Truong Dai hoc Tra Vinh',
    TV,
    '1-7-hop-tac-nghien-cuu-phat-trien-va-doi-moi-sang-tao-trong-moi-truong-so--2',
    'Trung tâm Đổi mới sáng tạo thuộc Trường Đại học Trà Vinh',
  ],
  // Trà Vinh, Nghị quyết 09-NQ/TU
  ['nen tang tich hop chia se co so du lieu cap tinh LGSP', TV, '1-5-phat-trien-nen-tang-so--2', 'chia sẻ cơ sở dữ liệu cấp tỉnh (LGSP)'],
  ['chuong trinh so 15-CTr/TU', TV, '1-3-phat-trien-ha-tang-so--1', 'Chương trình số 15-CTr/TU'],
  ['ho so benh an dien tu giam tai benh vien', TV, '5-1-chuyen-doi-so-trong-linh-vuc-y-te--1', 'giảm tải bệnh viện'],
  ['nong nghiep 4.0 ke hoach 169-KH/TU', TV, '5-4-chuyen-doi-so-trong-linh-vuc-nong-nghiep--1', 'nông nghiệp 4.0'],
  ['chu hang tim ra phuong tien toi uu', TV, '5-5-chuyen-doi-so-trong-linh-vuc-giao-thong-van-tai-va-logistics--2', 'phương tiện tối ưu'],
  ['moi huyen lua chon mot don vi cap xa thi diem', TV, '1-1-chuyen-doi-nhan-thuc--3', 'lựa chọn một đơn vị cấp xã'],
  ['day va hoc tu xa', TV, '5-2-chuyen-doi-so-trong-linh-vuc-giao-duc--2', 'dạy và học từ xa'],
  // Hà Tiên, Kế hoạch chuyển đổi số 2023
  ['ty trong kinh te so 10% -15% GDP', HT, 'b-phat-trien-kinh-te-so--1', 'kinh tế số đạt 10% -15% GDP'],
  ['50% ho gia dinh co dia chi so', HT, 'c-phat-trien-xa-hoi-so--1', 'hộ gia đình có địa chỉ số'],
  ['hoat dong huong ung ngay chuyen doi so quoc gia 2023', HT, '1-1-ngay-chuyen-doi-so--1', 'Ngày Chuyển đổi số Quốc gia năm 2023'],
  ['ket noi doanh nghiep thuong mai dien tu voi doanh nghiep san xuat', HT, '9-kinh-te-so--4', 'doanh nghiệp sản xuất'],
  ['hai nguyen tac bao dam an toan thong tin mang', HT, '7-2-nguyen-tac-bao-dam-an-toan-thong-tin-mang--1', 'hai nguyên tắc bảo đảm an toàn thông tin mạng'],
  ['tiep nhan va tra ket qua TTHC tai Bo phan tiep nhan', HT, '11-de-nghi-buu-dien-thanh-pho--1', 'tiếp nhận và trả kết quả'],
  ['he thong van phong dien tu ho so cong viec', HT, '8-chinh-quyen-so--1', 'Văn phòng điện tử'],
  ['van ban trao doi giua cac co quan nha nuoc duoi dang dien tu', HT, 'a-phat-trien-chinh-quyen-dien-tu--2', 'dưới dạng điện tử'],
  // Tiền Giang, Báo cáo 573-BC/TU
  [
    '1174 ma dinh danh dien tu',
    TG573,
    '2-8-chuyen-doi-so-trong-cac-co-quan-dang-nha-nuoc-mat-tran-to-quoc-cac-to-chuc-chinh-tri-xa-hoi-doanh-nghiep--3',
    '1.174 mã định danh điện tử',
  ],
  [
    '200 trang thong tin dien tu thanh phan',
    TG573,
    '2-8-chuyen-doi-so-trong-cac-co-quan-dang-nha-nuoc-mat-tran-to-quoc-cac-to-chuc-chinh-tri-xa-hoi-doanh-nghiep--9',
    '200 trang thông tin điện tử thành phần',
  ],
  [
    'nghi quyet 05/2021/NQ-HDND',
    TG573,
    '2-2-hoan-thien-the-che-tao-thuan-loi-cho-chu-dong-tham-gia-cuoc-cach-mang-cong-nghiep-lan-thu-tu-va-qua-trinh-chuyen-doi-so-quoc-gia--4',
    '05/2021/NQ-HĐND',
  ],
  ['nong nghiep chiem 51.45%', TG573, 'fn-3', '51,45%'],
  ['ISO 9001 HACCP', TG573, 'fn-4', 'ISO 9001'],
  ['csdl quoc gia ve bao hiem', TG573, 'fn-10', 'CSDL quốc gia về bảo hiểm'],
  ['Viettel Mobifone VTVCab', TG573, 'fn-1', 'Mobifone'],
  ['chien luoc phat trien cac nganh cong nghiep van hoa', TG573, 'd-nganh-van-hoa-the-thao-va-du-lich--1', 'ngành công nghiệp văn hóa'],
  // Tiền Giang, Kế hoạch 112/KH-UBND
  ['quyet dinh 2540/QD-UBND ma dinh danh', TG112, 'i-danh-muc-cac-van-ban-ve-chuyen-doi-so-nam-2022--6', '2540/QĐ-UBND'],
  ['cong van 6491/UBND-KT', TG112, 'i-danh-muc-cac-van-ban-ve-chuyen-doi-so-nam-2022--23', '6491/UBND-KT'],
  ['70% truong hoc thanh toan khong dung tien mat', TG112, '2-3-phat-trien-xa-hoi-so--3', 'thanh toán không dùng tiền mặt'],
  ['xay dung moi trung tam tich hop du lieu tinh', TG112, '3-ha-tang-so--3', 'Trung tâm tích hợp dữ liệu tỉnh'],
  ['da phe duyet 06 HTTT', TG112, '7-an-toan-thong-tin-mang-1--3', '06 HTTT'],
  ['ke hoach so 394/KH-UBND ngay 19 thang 12 nam 2022', TG112, 'i-can-cu-lap-ke-hoach--17', '394/KH-UBND'],
  ['cuoc thi tim hieu ve chuyen doi so tinh Tien Giang', TG112, 'fn-3', 'Tìm hiểu về Chuyển đổi số tỉnh Tiền Giang'],
  ['nhiem vu von su nghiep 38.060', TG112, 'phu-luc-4--21', '38,060'],
  [
    'dich chuyen len nen tang dien toan dam may',
    TG112,
    'ket-qua-thuc-hien-22-nhiem-vu-trong-tam-ve-chuyen-doi-so--13',
    'dịch chuyển lên nền tảng điện toán đám mây',
  ],
  ['ung dung du lieu dung chung ket noi qua LGSP chua cao', TG112, '4-du-lieu-so-1--6', 'chưa cao'],
  // Đồng Tháp, Kế hoạch thực hiện Nghị quyết 04-NQ/TU
  ['cong du lieu mo data.gov.vn', DT, 'phu-luc--34', 'data.gov.vn'],
  ['canh bao som khung hoang truyen thong', DT, 'phu-luc--51', 'khủng hoảng truyền thông'],
  ['AI Platform hoc may khai pha du lieu', DT, '3-huy-dong-nguon-luc-dau-tu-phat-trien-ha-tang-so-nen-tang-so--7', 'học máy, khai phá dữ liệu'],
  ['thi diem 01 loai du lieu so', DT, 'phu-luc--68', '01 loại dữ liệu số'],
  ['tham muu ban hanh de an chuyen doi so tinh Dong Thap', DT, '2-so-thong-tin-va-truyen-thong--2', 'Đề án chuyển đổi số tỉnh Đồng Tháp'],
  ['giang day hoc tap thi cu', DT, 'c-phat-trien-xa-hoi-so--3', 'giảng dạy - học tập - thi cử'],
  ['kinh te chia se quyet dinh 999/QD-TTg', DT, 'phu-luc--76', '999/QĐ-TTg'],
  ['100% dan so co ho so suc khoe dien tu', DT, 'c-xa-hoi-so-1--4', 'hồ sơ sức khỏe điện tử'],
  ['thue bao di dong su dung dien thoai thong minh', DT, 'c-xa-hoi-so--2', 'điện thoại thông minh'],
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** Per document, each element id and the passage it belongs to; read once per worker. */
const passagesByDocument = new Map<string, Record<string, string | null>>();
async function passagesOf(page: Page, doc: string): Promise<Record<string, string | null>> {
  if (!passagesByDocument.has(doc)) {
    const passages = await page.evaluate(async (doc) => {
      const html = new DOMParser().parseFromString(await (await fetch(doc)).text(), 'text/html');
      return Object.fromEntries([...html.querySelectorAll('[id]')].map((el) => [el.id, el.closest('[id*="--"], li[id^="fn-"]')?.id ?? null]));
    }, doc);
    passagesByDocument.set(doc, passages);
  }
  return passagesByDocument.get(doc)!;
}

// Generous waits: the machines running these share two cores; speed is measured by `npm run bench`.
test.describe.configure({ timeout: 90_000 });

for (const [query, doc, passage, words] of CASES) {
  test(`"${query}" lands on passage #${passage} in the first two results, its excerpt showing “${words}”`, async ({ sharedPage: page }) => {
    const search = new SearchPage(page);
    await search.search(query);
    await expect(search.results.nth(1)).toBeVisible({ timeout: 30_000 });
    const top = await search.results.evaluateAll((lis) =>
      lis.slice(0, 2).map((li) => ({
        href: li.querySelector('a.search-results__title')?.getAttribute('href') ?? '',
        excerpt: li.querySelector('p:last-child')?.textContent ?? '',
      })),
    );
    // Which passage of the document each result lands on: the element it links to, or the passage around it.
    const passages = await passagesOf(page, doc);
    const landed = top.map(({ href }) => {
      const [path, anchor] = href.split('#');
      return path === doc && anchor ? (passages[anchor] ?? null) : null;
    });
    const hit = landed.indexOf(passage);
    expect(hit, `first two results:\n${top.map((t) => `${t.href}\n  ${t.excerpt}`).join('\n')}`).toBeGreaterThanOrEqual(0);
    expect(fold(top[hit].excerpt)).toContain(fold(words));
  });
}
