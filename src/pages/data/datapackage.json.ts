/** /data/datapackage.json: Frictionless Data Package describing every published CSV (src/lib/data/package.ts). */
import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/index.ts';
import { dataPackage } from '../../lib/data/package.ts';
import { json } from '../../lib/data/endpoints.ts';

export const GET: APIRoute = ({ site }) => json(dataPackage(getContent(), site!));
