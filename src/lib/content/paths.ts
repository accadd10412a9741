/**
 * Where content is read from and where the site is written. Normally the project root's
 * content/ and dist/; the scale test (tools/generate-scale-corpus.ts) points
 * CDS_CONTENT_ROOT at a synthetic corpus and CDS_OUT_DIR at a separate output, and tests point
 * CDS_DOCUMENTS_DIR at fixtures.
 */
import { resolve } from 'node:path';

/** Folder holding content/ (vocab, documents, data, sources), absolute; CDS_CONTENT_ROOT, default the project root. */
export const contentRoot = (projectRoot: string = process.cwd()): string => resolve(projectRoot, process.env.CDS_CONTENT_ROOT ?? '.');

/** Restored documents, relative to the content root (or absolute); CDS_DOCUMENTS_DIR, default content/documents. */
export const documentsDir = (): string => process.env.CDS_DOCUMENTS_DIR ?? 'content/documents';

/** Build output, relative to the project root (or absolute); CDS_OUT_DIR, default dist. */
export const outDir = (): string => process.env.CDS_OUT_DIR ?? 'dist';
