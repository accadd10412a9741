/**
 * Twenty realistic search queries for the latency and query-size measurements (issue #12): typed
 * with and without diacritics, abbreviations the glossary expands, document numbers, single words
 * and phrases, all of which find something in the real corpus.
 */
export const BENCH_QUERIES: readonly string[] = [
  'chuyen doi so',
  'dịch vụ công trực tuyến',
  'DVCTT',
  'thanh toan khong dung tien mat',
  'kinh tế số',
  'chinh quyen so',
  'xã hội số',
  'hạ tầng số',
  'an toan thong tin',
  'nguồn nhân lực',
  'OCOP',
  'thuong mai dien tu',
  'hồ sơ công việc',
  'cơ sở dữ liệu',
  'chữ ký số',
  'doanh nghiep cong nghe so',
  '749/QD-TTg',
  'kỹ năng số',
  'cap quang',
  'nền tảng số',
];
