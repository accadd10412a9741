/**
 * The whole site's content, loaded once and checked. Pages, scripts and the build
 * integration all read content through here, so one set of rules applies everywhere.
 */
import { ContentError, type ContentIssue } from '../checks/report.ts';
import { loadDocuments, type LoadedDocument } from './documents.ts';
import { loadData } from './data.ts';
import { loadVocab, loadYamlObject, type Vocab } from './vocab.ts';
import { siteSettingsSchema, type SiteSettings } from '../../schemas/site.ts';
import { loadEnglish, type EnglishContent } from './english.ts';
import { stringTableIssues } from '../../i18n/index.ts';
import { contentRoot, documentsDir } from './paths.ts';

export interface SiteContent extends Vocab, ReturnType<typeof loadData> {
  documents: LoadedDocument[];
  site: SiteSettings;
  /** English edition: vocabulary translations and abstracts (null only for a synthetic corpus without them, or with skipData). */
  english: EnglishContent | null;
}

export function loadContent(root: string, opts: { documentsDir?: string; skipData?: boolean } = {}): { content: SiteContent; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const site = loadYamlObject(root, 'content/site.yaml', siteSettingsSchema, issues);
  const vocab = loadVocab(root, issues);
  const documents = loadDocuments(root, vocab, issues, opts.documentsDir ?? documentsDir());
  const data = opts.skipData ? { indicators: [], national: [], targets: [], results: [], changelog: [] } : loadData(root, vocab, documents, issues);
  // The English edition and both interface string tables are checked with the content, so a missing key fails the build.
  const english = opts.skipData ? null : loadEnglish(root, { ...vocab, indicators: data.indicators }, documents, issues, site.indexed);
  if (!opts.skipData) issues.push(...stringTableIssues());
  return { content: { ...vocab, ...data, documents, site, english }, issues };
}

let cached: SiteContent | null = null;

/** Loads content from the content root (CDS_CONTENT_ROOT, default the project root) and throws a ContentError listing every problem. */
export function getContent(root = contentRoot()): SiteContent {
  if (cached) return cached;
  const { content, issues } = loadContent(root);
  if (issues.length) throw new ContentError(issues);
  cached = content;
  return content;
}
