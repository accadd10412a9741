import { z } from 'zod';
import { nfcText } from './common.ts';

/**
 * What a figure counts, precisely enough to decide whether two figures are comparable (issue
 * #17). An indicator states every dimension; a target record or a national reference inherits
 * them and overrides the ones where it differs. Labels are the words a verdict's reason uses.
 */
export const COUNTED = {
  'toan-dan': 'toàn dân',
  'tu-15-tuoi': '15 tuổi trở lên',
  'nguoi-truong-thanh': 'người trưởng thành',
  'do-tuoi-lao-dong': 'người trong độ tuổi lao động',
  'ho-gia-dinh': 'hộ gia đình',
  'ho-gia-dinh-ket-noi': 'hộ gia đình có kết nối (thuê bao)',
  'ho-gia-dinh-duoc-phu': 'hộ gia đình trong vùng phủ hạ tầng',
  'thue-bao': 'thuê bao',
  'doanh-nghiep': 'doanh nghiệp',
  dnnvv: 'doanh nghiệp nhỏ và vừa',
  tthc: 'thủ tục hành chính',
  'dich-vu-cong': 'dịch vụ công',
  'ho-so': 'hồ sơ',
  'he-thong': 'hệ thống thông tin',
  'co-quan': 'cơ quan, đơn vị',
  'van-ban': 'văn bản',
  'bao-cao': 'chế độ báo cáo',
  cbccvc: 'cán bộ, công chức, viên chức',
  'xa-phuong': 'xã, phường, thị trấn',
  'san-pham': 'sản phẩm',
  'co-so': 'cơ sở giáo dục, y tế',
  'thiet-bi': 'thiết bị',
  'nguoi-su-dung': 'người dân, doanh nghiệp sử dụng dịch vụ',
  'gia-tri-kinh-te': 'giá trị tăng thêm của nền kinh tế',
  'nang-suat': 'năng suất lao động',
  'tinh-thanh': 'tỉnh, thành phố (xếp hạng)',
} as const;
/** Groups of people: a difference between two of them is a different population. */
export const POPULATIONS: readonly (keyof typeof COUNTED)[] = ['toan-dan', 'tu-15-tuoi', 'nguoi-truong-thanh', 'do-tuoi-lao-dong'];

export const SCOPES = { all: 'tất cả', eligible: 'đủ điều kiện', 'online-capable': 'có thể cung cấp trực tuyến' } as const;
export const BASES = { GRDP: 'GRDP (tỉnh)', GDP: 'GDP (cả nước)' } as const;
export const LEVELS = { tinh: 'cấp tỉnh', huyen: 'cấp huyện', xa: 'cấp xã' } as const;

const enumOf = <T extends Record<string, string>>(o: T) => z.enum(Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]);

export const dimensionsSchema = z
  .object({
    /** What is counted (the numerator's unit): people of which group, households, procedures, dossiers, subscriptions ... */
    counted: enumOf(COUNTED),
    /** Over what total, in words ("tổng số hồ sơ giải quyết TTHC"); null when it is all of `counted`. */
    denominator: nfcText.nullable(),
    /** all, only those eligible (đủ điều kiện), or only those that can be done online. */
    scope: enumOf(SCOPES),
    /** Administrative level the figure is about (a record's own `level` wins); null when not stated. */
    level: enumOf(LEVELS).nullable(),
    /** GRDP (a province's product) or GDP (the nation's), for shares of the economy; null otherwise. */
    base: enumOf(BASES).nullable(),
  })
  .strict();
export type Dimensions = z.infer<typeof dimensionsSchema>;

/** A record's overrides: only the dimensions where it differs from its indicator. */
export const dimensionOverridesSchema = dimensionsSchema.partial().strict();
export type DimensionOverrides = z.infer<typeof dimensionOverridesSchema>;
