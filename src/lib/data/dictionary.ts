/** Column documentation of the published dataset files, shown on /du-lieu/ (the data dictionary page). */
export interface ColumnDoc { name: string; type: string; meaning: string }

export const TARGET_FIELDS: ColumnDoc[] = [
  { name: 'id', type: 'chuỗi ASCII', meaning: 'Mã bản ghi, ổn định qua các phiên bản. Bằng mã câu chỉ tiêu, thêm hậu tố khi một câu có nhiều con số.' },
  { name: 'locality', type: 'chuỗi ASCII', meaning: 'Mã địa phương (tra-vinh, tien-giang, ha-tien, dong-thap).' },
  { name: 'locality_name', type: 'chuỗi', meaning: 'Tên địa phương có dấu.' },
  { name: 'document', type: 'chuỗi ASCII', meaning: 'Mã văn bản (đường dẫn /van-ban/<mã>/).' },
  { name: 'document_number', type: 'chuỗi hoặc rỗng', meaning: 'Số hiệu văn bản; rỗng khi văn bản (bản quét) không in.' },
  { name: 'pillar', type: 'chuỗi ASCII hoặc rỗng', meaning: 'Trụ cột hoặc nền tảng (chinh-quyen-so, kinh-te-so, xa-hoi-so, ha-tang-so ...), lấy từ nhãn của mục chứa câu.' },
  { name: 'sector', type: 'chuỗi ASCII hoặc rỗng', meaning: 'Lĩnh vực ưu tiên (y-te, giao-duc, nong-nghiep ...), nếu mục có nhãn lĩnh vực.' },
  { name: 'indicator', type: 'chuỗi ASCII hoặc rỗng', meaning: 'Chỉ số so sánh (xem indicators.json); rỗng khi không có chỉ số tương đương.' },
  { name: 'text', type: 'chuỗi', meaning: 'Nguyên văn phần câu nêu con số, đúng như bản phục hồi.' },
  { name: 'comparator', type: '= > ≥ < ≤ range rank qualitative', meaning: 'Cách đọc con số: bằng, trên, tối thiểu, dưới, tối đa, khoảng (value đến value_max), thứ hạng (trong nhóm value), định tính (không có con số).' },
  { name: 'value', type: 'số hoặc rỗng', meaning: 'Con số (cận dưới nếu là khoảng; kích thước nhóm nếu là thứ hạng). Dấu thập phân là dấu chấm trong JSON/CSV.' },
  { name: 'value_max', type: 'số hoặc rỗng', meaning: 'Cận trên của khoảng.' },
  { name: 'unit', type: 'percent, count, rank, percent-per-year, million-vnd', meaning: 'Đơn vị: %, số lượng, thứ hạng, %/năm, triệu đồng.' },
  { name: 'year', type: 'số nguyên hoặc rỗng', meaning: 'Năm phải đạt (chỉ tiêu) hoặc năm của số liệu (kết quả); rỗng khi văn bản không nêu.' },
  { name: 'level', type: 'tinh, huyen, xa hoặc rỗng', meaning: 'Cấp hành chính khi văn bản nêu rõ.' },
  { name: 'url', type: 'URL', meaning: 'Liên kết tới đúng câu trong văn bản phục hồi (câu được tô sáng).' },
];

export const RESULT_EXTRA_FIELDS: ColumnDoc[] = [
  { name: 'target', type: 'chuỗi ASCII hoặc rỗng', meaning: 'Mã chỉ tiêu mà kết quả này đáp ứng, khi văn bản đặt chúng cạnh nhau (Phụ lục 1 Kế hoạch 112/KH-UBND).' },
  { name: 'status', type: 'dat, chua-dat hoặc rỗng', meaning: 'Đánh giá của chính văn bản: đạt, chưa đạt; rỗng khi văn bản không nói.' },
];
