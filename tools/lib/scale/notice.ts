/** The notice every page built from the synthetic scale corpus carries (issue #12). */
export const SYNTHETIC_NOTICE = 'Dữ liệu tổng hợp để đo hiệu năng — không phải văn bản thật';
