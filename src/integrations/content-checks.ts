/**
 * Astro integration: checks all content before Astro reads it, so bad input fails
 * `astro build`, `astro dev` and `astro sync` with one message per problem naming
 * the file, the field and the fix (Astro's own schema errors stop at the first one).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/content/index.ts';
import { ContentError } from '../lib/content/issues.ts';
import { contentRoot } from '../lib/content/paths.ts';

export function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { content, issues } = loadContent(contentRoot(root));
        if (issues.length) throw new ContentError(issues);
        logger.info(`content ok: ${content.documents.length} documents, ${content.documents.reduce((n, d) => n + d.parsed.marks.length, 0)} marked figures`);
      },
    },
  };
}
