// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { asciiHeadingIds } from './src/lib/markdown/ascii-heading-ids.mjs';
import { passageIds } from './src/lib/markdown/passage-ids.mjs';
import { tableIds } from './src/lib/markdown/table-ids.mjs';
import { contentChecks } from './src/integrations/content-checks.ts';
import { outDir } from './src/lib/content/paths.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { fontSubset } from './src/integrations/font-subset.ts';
import { scriptHints } from './src/integrations/script-hints.ts';
import { SITE_URL } from './src/lib/site-config.ts';

// Sätteri is Astro 7's built-in Markdown engine: GFM tables and footnotes are native.
// We only localise the footnote labels and give headings ASCII ids.
const processor = satteri({
  features: {
    smartPunctuation: false, // keep the documents' own quotes and dashes
    gfm: {
      footnotes: {
        label: 'Chú thích',
        backLabel: 'Quay lại vị trí chú thích {reference}',
        clobberPrefix: '',
      },
    },
  },
  hastPlugins: [asciiHeadingIds(), passageIds(), tableIds()],
});

export default defineConfig({
  site: SITE_URL,
  // dist/ unless CDS_OUT_DIR says otherwise (the scale test builds a synthetic corpus elsewhere).
  outDir: outDir(),
  trailingSlash: 'always',
  // Astro 7's default strips whitespace between inline elements, gluing Vietnamese words.
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor },
  // Vietnamese at the root, the English edition under /en/ (src/i18n/routes.ts maps one to the other).
  i18n: { locales: ['vi', 'en'], defaultLocale: 'vi', routing: { prefixDefaultLocale: false } },
  integrations: [contentChecks(), mdx(), siteFiles(), fontSubset(), scriptHints()],
  devToolbar: { enabled: false },
  // Every script as its own file, never inlined into the page: the strict CSP refuses inline scripts.
  vite: { build: { assetsInlineLimit: 0 } },
});
