/**
 * The whole site's content, loaded once and checked. Pages, scripts and the build
 * integration all read content through here, so one set of rules applies everywhere.
 */
import { ContentError, type ContentIssue } from './issues.ts';
import { loadDocuments, type LoadedDocument } from './documents.ts';
import { partsIssues } from './parts.ts';
import { loadData } from './data.ts';
import { loadVocab, type Vocab } from './vocab.ts';
import { loadYamlObject } from './yaml.ts';
import { siteSettingsSchema, type SiteSettings } from '../../schemas/site-settings.ts';
import { loadEnglish, type EnglishContent } from './english.ts';
import { stringTableIssues } from '../../i18n/index.ts';
import { loadConsistencyData, runConsistency } from '../consistency/index.ts';
import { contentRoot, documentsDir } from './paths.ts';
import { resultRows, targetRows } from '../data/dataset.ts';
import { PILLAR_RULE_ENFORCED, pillarRuleViolations } from '../data/review.ts';

export interface SiteContent extends Vocab, ReturnType<typeof loadData> {
  documents: LoadedDocument[];
  site: SiteSettings;
  /** English edition: vocabulary translations and abstracts (null only for a synthetic corpus without them, or with skipData). */
  english: EnglishContent | null;
  /** Declared consistency checks and table number formats (content/data/consistency.yaml, table-formats.yaml). */
  consistency: ReturnType<typeof loadConsistencyData>;
}

export function loadContent(root: string, opts: { documentsDir?: string; skipData?: boolean } = {}): { content: SiteContent; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const site = loadYamlObject(root, 'content/site.yaml', siteSettingsSchema, issues);
  const vocab = loadVocab(root, issues);
  const documents = loadDocuments(root, vocab, issues, opts.documentsDir ?? documentsDir());
  issues.push(...partsIssues(root, opts.documentsDir ?? documentsDir()));
  const data = opts.skipData ? { indicators: [], national: [], targets: [], results: [], changelog: [] } : loadData(root, vocab, documents, issues);
  const english = opts.skipData ? null : loadEnglish(root, { ...vocab, indicators: data.indicators }, documents, issues, site.indexed);
  // The English edition and both interface string tables are checked with the content, so a missing key fails the build.
  if (!opts.skipData) issues.push(...stringTableIssues());
  const consistency = opts.skipData ? { checks: [], formats: [] } : loadConsistencyData(root, issues);
  const content = { ...vocab, ...data, documents, site, english, consistency };
  // Record-level rules need every record joined with its section, so they run once the rest is sound.
  if (!opts.skipData && !issues.length && PILLAR_RULE_ENFORCED) issues.push(...pillarRuleViolations(content, [...targetRows(content), ...resultRows(content)]));
  // Consistency checks also run last, on content that is otherwise valid (their anchors and records must resolve).
  if (!opts.skipData && !issues.length) issues.push(...runConsistency(content, consistency, root).issues);
  return { content, issues };
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
