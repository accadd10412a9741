/** Loads the controlled vocabularies (content/vocab/*.yaml) and validates each entry with its schema. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { localitySchema, provinceSchema } from '../../schemas/locality.ts';
import { pillarSchema } from '../../schemas/pillar.ts';
import { sectorSchema } from '../../schemas/sector.ts';
import { glossaryEntrySchema } from '../../schemas/glossary.ts';
import type { ContentIssue } from '../checks/report.ts';
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

export function loadVocab(root: string, issues: ContentIssue[]) {
  const vocab = {
    localities: loadYamlList(root, 'content/vocab/localities.yaml', localitySchema, issues),
    provinces: loadYamlList(root, 'content/vocab/provinces.yaml', provinceSchema, issues),
    pillars: loadYamlList(root, 'content/vocab/pillars.yaml', pillarSchema, issues),
    sectors: loadYamlList(root, 'content/vocab/sectors.yaml', sectorSchema, issues),
    glossary: loadYamlList(root, 'content/vocab/glossary.yaml', glossaryEntrySchema, issues),
  };
  const provinceIds = new Set(vocab.provinces.map((p) => p.id));
  vocab.localities.forEach((l, i) => {
    for (const key of ['provinceAtIssue', 'provinceSince2025'] as const) {
      const v = l[key];
      if (v && !provinceIds.has(v)) issues.push({ file: 'content/vocab/localities.yaml', field: `[${i}].${key}`, message: `unknown province "${v}"; allowed: ${[...provinceIds].join(', ')} (content/vocab/provinces.yaml)` });
    }
  });
  return vocab;
}
export type Vocab = ReturnType<typeof loadVocab>;
export { relative };
