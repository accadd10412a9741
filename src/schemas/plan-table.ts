import { z } from 'zod';
import { asciiId, nfcText } from './common.ts';

/** Printed text of a cell, null when the cell is empty in print. */
const cell = nfcText.nullable();

/** One task of a plan's task table (/data/tasks.json|csv): Đồng Tháp's task table and Kế hoạch 112 Phụ lục 2. */
export const taskSchema = z
  .object({
    /** Stable id: document prefix, "nv", the printed number ("dt04-nv-1-1", "tg112-pl2-nv-21"). */
    id: asciiId,
    /** Slug of the restored document. */
    document: asciiId,
    /** Số hiệu of the document; null when not printed. */
    document_number: cell,
    /** Locality id. */
    locality: asciiId,
    /** Number of the row as printed ("1.1", "21"). */
    number: nfcText,
    /** Group rows above the task, as printed, outermost first, joined with " › "; null when none. */
    group: cell,
    /** The task, verbatim. */
    task: nfcText,
    /** Cơ quan chủ trì; null when the table has no such column or the cell is empty. */
    lead_unit: cell,
    /** Cơ quan phối hợp; null likewise. */
    partners: cell,
    /** Thời gian thực hiện as printed ("2022 - 2025", "Hàng năm"); null likewise. */
    deadline: cell,
    /** Sản phẩm; null: neither table prints a product column. */
    product: cell,
    /** Kết quả thực hiện (112 Phụ lục 2 reports results instead of units and deadlines); null elsewhere. */
    result: cell,
    /** Ghi chú as printed; null when empty. */
    note: cell,
    /** Whether a cell of the row holds an uncertain reading (see the document). */
    uncertain: z.boolean(),
    /** Link to the table on the document page. */
    url: z.string().min(1),
  })
  .strict();
export type Task = z.infer<typeof taskSchema>;

/** One project or task with a budget in Kế hoạch 112 Phụ lục 4 (/data/projects.json|csv); money in triệu đồng. */
export const projectSchema = z
  .object({
    /** Stable id: "tg112-pl4-" + group path + printed number ("tg112-pl4-ii-2-13"). */
    id: asciiId,
    document: asciiId,
    /** Number of the row as printed (null when the print has none; see uncertain). */
    number: cell,
    /** Group rows above, as printed, joined with " › ". */
    group: nfcText,
    /** Tên nhiệm vụ, dự án. */
    project: nfcText,
    /** Đơn vị chủ trì: lập chủ trương đầu tư. */
    lead_unit: cell,
    /** Đơn vị chủ trì: chủ đầu tư. */
    investor: cell,
    /** True where the print shows one unit for both sub-columns and its column cannot be read from the OCR (the nhiệm vụ vốn sự nghiệp). */
    lead_unit_column_uncertain: z.boolean(),
    /** Lĩnh vực ứng dụng as printed. */
    sector: cell,
    /** "moi" (mới) or "chuyen-tiep" (chuyển tiếp), from the printed column; null when not printed. */
    status: z.enum(['moi', 'chuyen-tiep']).nullable(),
    /** That column as printed ("DA mới", "Nhiệm vụ chuyển tiếp"). */
    status_printed: cell,
    /** Phạm vi triển khai. */
    scope: cell,
    /** Thời gian triển khai as printed. */
    period: cell,
    /** Dự kiến tổng mức đầu tư, triệu đồng; null when unreadable or not printed. */
    total_investment: z.number().nonnegative().nullable(),
    /** Dự kiến nhu cầu vốn năm 2023, triệu đồng; null likewise. */
    need_2023: z.number().nonnegative().nullable(),
    /** The two money cells as printed (the table writes "," between thousands). */
    total_investment_printed: cell,
    need_2023_printed: cell,
    /** Whether a cell of the row holds an uncertain reading. */
    uncertain: z.boolean(),
    url: z.string().min(1),
  })
  .strict();
export type Project = z.infer<typeof projectSchema>;
