/** Record tiers and kinds shared by the index builder and the search page (no imports: it ships in the search JS). */

/**
 * Tiers of records (issue #19), a filter the search page uses to rank marked target/result
 * sentences and passages (merged by score, sentences lifted) before whole sections, and those
 * before whole documents. Not shown to readers. The English edition's pages (by their English title
 * and description) are their own tier, searched only from the English search page, after the others.
 */
export const TIER_FILTER = 'tầng'.normalize('NFC');
export const TIERS = { sentence: '0', passage: '1', section: '2', document: '3', english: '4' } as const;

/** Kinds of result readers can filter on; passages keep the value document pages had. */
export const KINDS = { passage: 'Đoạn văn bản', section: 'Mục', document: 'Văn bản', target: 'Chỉ tiêu', result: 'Kết quả', english: 'English page' } as const;
