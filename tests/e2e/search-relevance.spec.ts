import { expect, test } from './fixtures.ts';
import { SearchPage } from './pages/search-page.ts';

const TV = '/van-ban/tra-vinh-nghi-quyet-09-nq-tu-2022/';
const TG112 = '/van-ban/tien-giang-ke-hoach-112-kh-ubnd-2023/';
const TG573 = '/van-ban/tien-giang-bao-cao-573-bc-tu-2024/';
const HT = '/van-ban/ha-tien-ke-hoach-chuyen-doi-so-2023/';
const DT = '/van-ban/dong-thap-ke-hoach-thuc-hien-nq-04-nq-tu/';

/** [query as a person types it, a URL fragment one of the top 3 results must contain] */
const CASES: [string, string | string[]][] = [
  ['chuyển đổi số Trà Vinh', TV],
  ['chuyen doi so tra vinh', TV],
  ['chuyen doi so Dong Thap', DT],
  ['Đồng Tháp nhóm 20 tỉnh', `${DT}#dt04-2030-xep-hang-nhom-20`],
  ['dong thap nhom 25', `${DT}#dt04-2025-xep-hang-nhom-25`],
  ['thanh toan khong dung tien mat', '-khong-tien-mat'],
  ['thanh toán không dùng tiền mặt Hà Tiên', `${HT}#ht23-2023-thanh-toan-khong-tien-mat`],
  ['OCOP', 'ocop'],
  ['san pham OCOP san thuong mai dien tu', 'ocop'],
  ['cap quang', 'cap-quang'],
  ['cáp quang hộ gia đình', 'cap-quang'],
  ['ho so suc khoe dien tu', 'ho-so-suc-khoe-dien-tu'],
  ['hồ sơ sức khỏe điện tử', 'ho-so-suc-khoe-dien-tu'],
  ['kinh te so GRDP', 'kinh-te-so-grdp'],
  ['kinh tế số chiếm 25% GRDP', `${TV}#tv09-2030-kinh-te-so-grdp`],
  ['80%', '#'],
  ['16% GDP', `${TG112}#tg112-2023-kinh-te-so-grdp`],
  ['749/QD-TTg', '/van-ban/'],
  ['Quyết định 749/QĐ-TTg', '/van-ban/'],
  ['42/2022/ND-CP', [HT, TG573, TG112]],
  ['112/KH-UBND', TG112],
  ['573-BC/TU', TG573],
  ['09-NQ/TU', TV],
  ['Nghị quyết 52-NQ/TW', TG573],
  ['TienGiangS', [TG112, TG573]],
  ['tiengiangs', [TG112, TG573]],
  ['IOC', [TG573, DT]],
  ['DVCTT', 'dvctt'],
  ['dich vu cong truc tuyen toan trinh', 'toan-trinh'],
  ['tai khoan thanh toan dien tu', 'tai-khoan-thanh-toan'],
  ['dien thoai thong minh', 'dien-thoai-thong-minh'],
  ['năng suất lao động', 'nang-suat-lao-dong'],
  ['nang suat lao dong 7%', 'nang-suat-lao-dong'],
  ['địa chỉ số', 'dia-chi-so'],
  ['dia chi so ho gia dinh', 'dia-chi-so'],
  ['trạm BTS', `${TV}#tv09-kq-na-tram-bts`],
  ['chỉ số DTI xếp hạng 34/63', `${TV}#tv09-kq-2020-xep-hang-dti`],
  ['mã độc', 'ma-doc'],
  ['ma doc thiet bi dau cuoi', 'ma-doc'],
  ['hop dong dien tu', 'hop-dong-dien-tu'],
  ['hoá đơn điện tử', 'hoa-don-dien-tu'],
  ['chuyen doi so nong nghiep', '/van-ban/'],
];

for (const [query, expected] of CASES) {
  test(`search for "${query}" shows ${[expected].flat().join(' or ')} in the top 3`, async ({ sharedPage: page }) => {
    const search = new SearchPage(page);
    await search.search(query);
    const top = await search.topHrefs(3);
    const wanted = Array.isArray(expected) ? expected : [expected];
    expect(
      top.some((href) => wanted.some((w) => href.includes(w))),
      `top 3 were:\n${top.join('\n')}`,
    ).toBe(true);
  });
}

for (const query of ['đề án', 'đường truyền', 'số hóa', 'dịch vụ công']) {
  test(`"${query}" typed with its diacritics shows an exact match first`, async ({ sharedPage: page }) => {
    const search = new SearchPage(page);
    await search.search(query);
    const first = (await search.results.first().textContent()) ?? '';
    expect(first.toLocaleLowerCase('vi').replace(/\s+/g, ' ')).toContain(query);
  });
}
