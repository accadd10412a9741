/**
 * Column documentation of the published dataset files, shown on /du-lieu/ (the data dictionary page).
 * The lists repeat the same shape on purpose: they are data, one entry a column, read and edited as text.
 */
import type { TableField } from '../../schemas/data-package.ts';
export interface ColumnDoc {
  name: string;
  type: string;
  meaning: string;
}

export const TARGET_FIELDS: ColumnDoc[] = [
  { name: 'id', type: 'chuỗi ASCII', meaning: 'Mã bản ghi, ổn định qua các phiên bản. Bằng mã câu chỉ tiêu, thêm hậu tố khi một câu có nhiều con số.' },
  { name: 'locality', type: 'chuỗi ASCII', meaning: 'Mã địa phương (tra-vinh, tien-giang, ha-tien, dong-thap).' },
  { name: 'locality_name', type: 'chuỗi', meaning: 'Tên địa phương có dấu.' },
  { name: 'document', type: 'chuỗi ASCII', meaning: 'Mã văn bản (đường dẫn /van-ban/<mã>/).' },
  { name: 'document_number', type: 'chuỗi hoặc rỗng', meaning: 'Số hiệu văn bản; rỗng khi văn bản (bản quét) không in.' },
  {
    name: 'pillar',
    type: 'danh sách mã ASCII (JSON: mảng; CSV: cách nhau bởi “;”)',
    meaning:
      'Mọi trụ cột, nền tảng (chinh-quyen-so, kinh-te-so, xa-hoi-so, ha-tang-so ...) của bản ghi: tất cả nhãn của mục chứa câu (và các mục cha), hoặc nhãn riêng của bản ghi khi câu nói về chủ đề khác. Rỗng chỉ với chỉ số tổng hợp.',
  },
  {
    name: 'sector',
    type: 'danh sách mã ASCII (JSON: mảng; CSV: cách nhau bởi “;”)',
    meaning: 'Mọi lĩnh vực (y-te, giao-duc, khoa-hoc-cong-nghe, thong-tin-truyen-thong ...) của bản ghi, theo cùng quy tắc; rỗng khi không có.',
  },
  { name: 'composite_index', type: 'true/false', meaning: 'true với chỉ số tổng hợp (DTI, bảng xếp hạng): không thuộc trụ cột nào, có chủ ý.' },
  { name: 'indicator', type: 'chuỗi ASCII hoặc rỗng', meaning: 'Chỉ số so sánh (xem indicators.json); rỗng khi không có chỉ số tương đương.' },
  { name: 'text', type: 'chuỗi', meaning: 'Nguyên văn phần câu nêu con số, đúng như bản phục hồi.' },
  {
    name: 'comparator',
    type: '= > ≥ < ≤ range rank qualitative',
    meaning: 'Cách đọc con số: bằng, trên, tối thiểu, dưới, tối đa, khoảng (value đến value_max), thứ hạng (trong nhóm value), định tính (không có con số).',
  },
  {
    name: 'value',
    type: 'số hoặc rỗng',
    meaning: 'Con số (cận dưới nếu là khoảng; kích thước nhóm nếu là thứ hạng). Dấu thập phân là dấu chấm trong JSON/CSV.',
  },
  { name: 'value_max', type: 'số hoặc rỗng', meaning: 'Cận trên của khoảng.' },
  {
    name: 'unit',
    type: 'percent, percent-per-year, per-100-inhabitants, per-100-households, count, million-vnd, rank',
    meaning: 'Đơn vị: %, %/năm, trên 100 dân, trên 100 hộ, số lượng, triệu đồng, thứ hạng.',
  },
  { name: 'year', type: 'số nguyên hoặc rỗng', meaning: 'Năm phải đạt (chỉ tiêu) hoặc năm của số liệu (kết quả); rỗng khi văn bản không nêu.' },
  { name: 'level', type: 'tinh, huyen, xa hoặc rỗng', meaning: 'Cấp hành chính khi văn bản nêu rõ.' },
  {
    name: 'counted',
    type: 'mã ASCII hoặc rỗng',
    meaning:
      'Đối tượng được đếm (toan-dan, tu-15-tuoi, nguoi-truong-thanh, do-tuoi-lao-dong, ho-gia-dinh, thue-bao, tthc, dich-vu-cong, ho-so ...), theo chỉ số, ghi đè khi câu khác.',
  },
  { name: 'denominator', type: 'chuỗi hoặc rỗng', meaning: 'Mẫu số bằng lời; rỗng khi là toàn bộ đối tượng được đếm.' },
  {
    name: 'scope',
    type: 'all, eligible, online-capable hoặc rỗng',
    meaning: 'Phạm vi: tất cả, chỉ những cái đủ điều kiện, chỉ những cái có thể cung cấp trực tuyến.',
  },
  { name: 'base', type: 'GRDP, GDP hoặc rỗng', meaning: 'Cơ sở tính của tỷ trọng trong nền kinh tế: GRDP (tỉnh) hay GDP (cả nước).' },
  { name: 'note', type: 'chuỗi hoặc rỗng', meaning: 'Lưu ý của người rà soát cần đọc trước khi trích dẫn con số (cách đọc, số liệu in không khớp ...).' },
  { name: 'uncertain', type: 'true/false', meaning: 'true khi chính con số nằm trong đoạn đọc OCR không chắc chắn.' },
  { name: 'url', type: 'URL', meaning: 'Liên kết tới đúng câu trong văn bản phục hồi (câu được tô sáng).' },
];

export const RESULT_EXTRA_FIELDS: ColumnDoc[] = [
  {
    name: 'target',
    type: 'chuỗi ASCII hoặc rỗng',
    meaning: 'Mã chỉ tiêu mà kết quả này đáp ứng, khi văn bản đặt chúng cạnh nhau (Phụ lục 1 Kế hoạch 112/KH-UBND).',
  },
  {
    name: 'status_printed',
    type: 'dat, chua-dat hoặc rỗng',
    meaning: 'Đánh giá in trong văn bản (ĐẠT, CHƯA ĐẠT), giữ nguyên như văn bản; rỗng khi văn bản không nói.',
  },
  {
    name: 'status_computed',
    type: 'met, not-met, not-comparable hoặc rỗng',
    meaning:
      'Đánh giá tính từ số liệu, dấu so sánh và chỉ tiêu: đạt, chưa đạt, không so trực tiếp được (khác đơn vị, không có con số); rỗng khi kết quả không gắn chỉ tiêu.',
  },
  { name: 'status_reason', type: 'chuỗi hoặc rỗng', meaning: 'Lý do của status_computed, ví dụ “số liệu 6,17% thấp hơn chỉ tiêu 10%”.' },
  {
    name: 'status_flag',
    type: 'chuỗi hoặc rỗng',
    meaning: 'Cảnh báo khi đánh giá in trong văn bản trái với số liệu, ví dụ “Văn bản ghi ĐẠT; số liệu 6,17% thấp hơn chỉ tiêu 10%”.',
  },
];

/** /data/tasks.json|csv: the task tables of Đồng Tháp's plan and Kế hoạch 112 Phụ lục 2 (src/schemas/plan-table.ts). */
export const TASK_FIELDS: ColumnDoc[] = [
  { name: 'id', type: 'chuỗi ASCII', meaning: 'Mã nhiệm vụ: mã văn bản, “nv”, số nhóm La Mã và số thứ tự in (dt04-nv-i-1-1, tg112-pl2-nv-21).' },
  { name: 'document, document_number, locality', type: 'chuỗi', meaning: 'Văn bản (mã, số hiệu; rỗng khi không in) và địa phương.' },
  { name: 'number', type: 'chuỗi', meaning: 'Số thứ tự như in (1.1, 21).' },
  { name: 'group', type: 'chuỗi hoặc rỗng', meaning: 'Các dòng nhóm phía trên, như in, nối bằng “ › ”.' },
  { name: 'task', type: 'chuỗi', meaning: 'Nội dung nhiệm vụ, nguyên văn.' },
  { name: 'lead_unit', type: 'chuỗi hoặc rỗng', meaning: 'Cơ quan chủ trì; rỗng khi bảng không có cột này (Phụ lục 2 của 112) hoặc ô trống.' },
  { name: 'partners', type: 'chuỗi hoặc rỗng', meaning: 'Cơ quan phối hợp.' },
  { name: 'deadline', type: 'chuỗi hoặc rỗng', meaning: 'Thời gian thực hiện như in (2022 - 2025, Hàng năm).' },
  { name: 'product', type: 'rỗng', meaning: 'Sản phẩm: cả hai bảng đều không in cột sản phẩm, nên luôn rỗng (không suy đoán).' },
  { name: 'result', type: 'chuỗi hoặc rỗng', meaning: 'Kết quả thực hiện (chỉ Phụ lục 2 của 112, bảng báo cáo 22 nhiệm vụ trọng tâm).' },
  { name: 'note', type: 'chuỗi hoặc rỗng', meaning: 'Ghi chú như in.' },
  { name: 'uncertain', type: 'true/false', meaning: 'Dòng có chỗ đọc chưa chắc chắn (xem văn bản).' },
  { name: 'url', type: 'URL', meaning: 'Liên kết tới bảng trong văn bản phục hồi.' },
];

/** /data/projects.json|csv: Kế hoạch 112/KH-UBND Phụ lục 4, money in triệu đồng. */
export const PROJECT_FIELDS: ColumnDoc[] = [
  { name: 'id', type: 'chuỗi ASCII', meaning: 'Mã: tg112-pl4, số nhóm và số thứ tự in (tg112-pl4-ii-2-13).' },
  { name: 'number, group', type: 'chuỗi', meaning: 'Số thứ tự như in (rỗng nếu không in) và các dòng nhóm phía trên.' },
  { name: 'project', type: 'chuỗi', meaning: 'Tên nhiệm vụ, dự án.' },
  { name: 'lead_unit', type: 'chuỗi hoặc rỗng', meaning: 'Đơn vị chủ trì: lập chủ trương đầu tư.' },
  { name: 'investor', type: 'chuỗi hoặc rỗng', meaning: 'Đơn vị chủ trì: chủ đầu tư.' },
  {
    name: 'lead_unit_column_uncertain',
    type: 'true/false',
    meaning: 'true khi bản in chỉ có một đơn vị cho cả hai cột con và không đọc được từ OCR nó thuộc cột nào (các nhiệm vụ vốn sự nghiệp).',
  },
  { name: 'sector', type: 'chuỗi hoặc rỗng', meaning: 'Lĩnh vực ứng dụng như in.' },
  { name: 'status, status_printed', type: 'moi, chuyen-tiep / chuỗi', meaning: 'Mới hay chuyển tiếp, và cột đó như in (DA mới, Nhiệm vụ chuyển tiếp).' },
  { name: 'scope, period', type: 'chuỗi hoặc rỗng', meaning: 'Phạm vi và thời gian triển khai như in.' },
  {
    name: 'total_investment, need_2023',
    type: 'số hoặc rỗng',
    meaning:
      'Dự kiến tổng mức đầu tư và nhu cầu vốn năm 2023, triệu đồng; rỗng khi ô không đọc được. Bảng in “,” giữa hàng nghìn (38,060 = 38.060 triệu đồng).',
  },
  { name: 'total_investment_printed, need_2023_printed', type: 'chuỗi hoặc rỗng', meaning: 'Hai ô tiền như in.' },
  { name: 'uncertain, url', type: 'true/false, URL', meaning: 'Dòng có chỗ đọc chưa chắc; liên kết tới bảng.' },
];

/**
 * The data dictionary rows of a published table in English: its Table Schema fields, the same
 * descriptions /data/datapackage.json carries (so the English page and the package cannot drift).
 * The type reads "string: a, b, c" for an enumeration, and "… or empty" for an optional column.
 */
export function columnDocsOfFields(fields: readonly TableField[]): ColumnDoc[] {
  return fields.map((f) => {
    const values = f.constraints?.enum;
    const type = `${f.type}${values ? `: ${values.join(', ')}` : ''}${f.format === 'uri' ? ' (URL)' : ''}${f.constraints?.required ? '' : ', or empty'}`;
    return { name: f.name, type, meaning: f.description };
  });
}
