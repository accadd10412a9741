/** The content's YAML loader: reads a file (NFC checked), parses it and validates it with a zod schema, collecting every problem as a ContentIssue. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ContentIssue } from './issues.ts';
import { isNFC } from '../text/fold.ts';

export function zodIssues(file: string, prefix: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((iss) => ({
    file,
    field: [prefix, ...iss.path.map(String)].filter(Boolean).join('.'),
    message: iss.message,
  }));
}

/** Reads and parses a YAML file (NFC checked); undefined when it is missing, or does not parse (the issue is recorded). */
function readYaml(root: string, rel: string, issues: ContentIssue[], optional: boolean): unknown {
  const path = join(root, rel);
  let raw: string;
  try { raw = readFileSync(path, 'utf8'); } catch {
    if (!optional) issues.push({ file: rel, field: '(file)', message: 'file is missing; restore it from git' });
    return undefined;
  }
  if (!isNFC(raw)) issues.push({ file: rel, field: '(text)', message: 'file is not Unicode NFC; normalise it to NFC and save again' });
  try { return parseYaml(raw); } catch (e) { issues.push({ file: rel, field: '(yaml)', message: `YAML does not parse: ${(e as Error).message}` }); return undefined; }
}

/** Reads an optional YAML mapping validated by `schema`; its defaults when the file is absent or wrong (the issue is recorded). */
export function loadYamlObject<S extends z.ZodTypeAny>(root: string, rel: string, schema: S, issues: ContentIssue[]): z.infer<S> {
  const r = schema.safeParse(readYaml(root, rel, issues, true) ?? {});
  if (r.success) return r.data;
  issues.push(...zodIssues(rel, '', r.error));
  return schema.parse({});
}

/** Reads a YAML list and validates every entry; problems are collected, never thrown one by one. */
export function loadYamlList<S extends z.ZodTypeAny>(root: string, rel: string, schema: S, issues: ContentIssue[]): z.infer<S>[] {
  const data = readYaml(root, rel, issues, false);
  if (data === undefined) return [];
  if (!Array.isArray(data)) { issues.push({ file: rel, field: '(root)', message: 'must be a YAML list of entries' }); return []; }
  const out: z.infer<S>[] = [];
  const seen = new Set<string>();
  data.forEach((entry, i) => {
    const r = schema.safeParse(entry);
    if (!r.success) { issues.push(...zodIssues(rel, `[${i}]`, r.error)); return; }
    const id = (r.data as { id?: string }).id;
    if (id && seen.has(id)) issues.push({ file: rel, field: `[${i}].id`, message: `duplicate id "${id}"; ids must be unique in the list` });
    if (id) seen.add(id);
    out.push(r.data);
  });
  return out;
}
