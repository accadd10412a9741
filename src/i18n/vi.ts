/**
 * Interface strings of the Vietnamese edition: every label, title and hint a page shows that is
 * not content. The key set is the contract: en.ts must have exactly the same keys (type check,
 * and src/i18n/check.ts fails the build). Placeholders in braces: {name}.
 */
export const vi = {
  'site.name': 'Chuyển đổi số địa phương',
  'site.skip': 'Bỏ qua, tới nội dung chính',
  'site.navLabel': 'Điều hướng chính',
  'site.footer':
    'Văn bản được phục hồi từ bản OCR, đối chiếu từng câu với nguồn; xem {method}. Dữ liệu mở theo giấy phép CC BY 4.0; văn bản hành chính nhà nước không thuộc đối tượng bảo hộ quyền tác giả.',
  'site.footerMethod': 'phương pháp',
  'nav.documents': 'Văn bản',
  'nav.localities': 'Địa phương',
  'nav.topics': 'Chủ đề',
  'nav.compare': 'So sánh',
  'nav.targets': 'Chỉ tiêu',
  'nav.data': 'Dữ liệu mở',
  'nav.glossary': 'Thuật ngữ',
  'nav.search': 'Tìm kiếm',
  'nav.method': 'Phương pháp',
  'search.formLabel': 'Tìm nhanh',
  'search.inputLabel': 'Tìm trong văn bản và chỉ tiêu',
  'search.placeholder': 'Tìm, có dấu hoặc không dấu',
  'search.submit': 'Tìm',
  'lang.switchLabel': 'Ngôn ngữ',
  'lang.other': 'English',
  'lang.otherHint': 'Xem trang này bằng tiếng Anh',
  'cite.heading': 'Trích dẫn',
  'cite.documentLine': 'Văn bản: {line}.',
  'cite.apa': 'APA',
  'cite.chicago': 'Chicago',
  'cite.download': 'Tải về để nhập vào phần mềm quản lý tài liệu:',
  'cite.accessed': 'Ngày truy cập ghi trong trích dẫn là ngày dựng trang ({date}).',
  'cite.permalink': 'Liên kết cố định:',
  'cite.stylesNote': 'Kiểu APA và Chicago theo quy ước tiếng Anh (tạo bằng Citation.js).',
  'target.recordTitle': 'Chỉ tiêu {id}',
  'target.recordDescription': 'Bản ghi chỉ tiêu {id} của {locality}: nguyên văn, con số, năm, chỉ số so sánh và cách trích dẫn.',
  'target.cite': 'trích dẫn',
  'target.field.locality': 'Địa phương',
  'target.field.document': 'Văn bản',
  'target.field.text': 'Nguyên văn',
  'target.field.figure': 'Con số',
  'target.field.year': 'Năm',
  'target.field.indicator': 'Chỉ số so sánh',
  'target.field.pillar': 'Trụ cột',
  'target.field.sector': 'Lĩnh vực',
  'target.field.note': 'Ghi chú',
  'target.openSentence': 'Mở câu gốc trong văn bản',
  'target.backToList': 'Danh sách chỉ tiêu',
} as const;

export type UiKey = keyof typeof vi;
/** A language's string table: exactly the keys of the Vietnamese one. */
export type UiStrings = { readonly [K in UiKey]: string };
