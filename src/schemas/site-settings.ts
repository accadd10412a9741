import { z } from 'zod';
import { nfcText } from './common.ts';

/**
 * Settings of the whole built site that belong to its content root (content/site.yaml, optional).
 * The published content has none; a content root built for another purpose (e.g. the generated
 * scale corpus of tools/) uses them to say so on every page and to stay out of search engines.
 */
export const siteSettingsSchema = z
  .object({
    /** Shown as a banner at the top of every page (role="note"); null for no banner. */
    notice: nfcText.nullable().default(null),
    /** false: every page gets <meta name="robots" content="noindex"> and the sitemap lists none. */
    indexed: z.boolean().default(true),
  })
  .strict();
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
