import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document.ts';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentRoot, documentsDir } from './lib/content/paths.ts';

export const collections = {
  /** Restored documents; the schema lives in src/schemas so unit tests can use it without Astro. */
  documents: defineCollection({
    loader: glob({ pattern: '*.mdx', base: pathToFileURL(`${resolve(contentRoot(), documentsDir())}/`).href }),
    schema: documentSchema,
  }),
};
