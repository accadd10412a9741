/**
 * Where restored documents are read from. Normally content/documents; tests and
 * the scale benchmark point CDS_DOCUMENTS_DIR at fixtures or a synthetic corpus.
 */
export const documentsDir = (): string => process.env.CDS_DOCUMENTS_DIR ?? 'content/documents';
