/** /en/cite/<document|target|comparison>/<key>.<bib|ris|json>: citation files of the English edition (Citation.js, at build time). */
import type { APIRoute } from 'astro';
import { citationFileBody, citationFileParams, type CiteKind } from '../../../../lib/cite/site-references.ts';

export function getStaticPaths() {
  return citationFileParams('en').map((p) => ({ params: { kind: p.kind, file: p.file }, props: p }));
}

export const GET: APIRoute = ({ props }) => citationFileBody('en', props.kind as CiteKind, props.key as string, props.ext as string);
