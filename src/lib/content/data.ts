/**
 * Loads and checks the open dataset: target and result records (content/data/targets|results/*.yaml),
 * indicators and national reference targets. Every record must sit on a marked sentence whose
 * wording contains it, and every marked sentence must have a record.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorSchema } from '../../schemas/indicator.ts';
import { datasetVersionSchema } from '../../schemas/changelog.ts';
import { nationalTargetSchema, resultRecordSchema, targetRecordSchema } from '../../schemas/target.ts';
import type { ContentIssue } from './issues.ts';
import type { Mark } from '../document/parse.ts';
import { normaliseWording, valueAppearsIn } from '../text/numbers.ts';
import type { LoadedDocument } from './documents.ts';
import type { Vocab } from './vocab.ts';
import { loadYamlList } from './yaml.ts';

function loadDir<S extends Parameters<typeof loadYamlList>[2]>(root: string, dir: string, schema: S, issues: ContentIssue[]) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).filter((f) => f.endsWith('.yaml')).sort().flatMap((f) => loadYamlList(root, `${dir}/${f}`, schema, issues).map((r) => ({ ...(r as object), file: `${dir}/${f}` })));
}

export function loadData(root: string, vocab: Vocab, documents: LoadedDocument[], issues: ContentIssue[]) {
  const indicators = loadYamlList(root, 'content/vocab/indicators.yaml', indicatorSchema, issues);
  const national = loadYamlList(root, 'content/data/national-targets.yaml', nationalTargetSchema, issues);
  const changelog = loadYamlList(root, 'content/data/changelog.yaml', datasetVersionSchema, issues);
  const targets = loadDir(root, 'content/data/targets', targetRecordSchema, issues) as (ReturnType<typeof targetRecordSchema.parse> & { file: string })[];
  const results = loadDir(root, 'content/data/results', resultRecordSchema, issues) as (ReturnType<typeof resultRecordSchema.parse> & { file: string })[];

  const indicatorIds = new Set(indicators.map((i) => i.id));
  const pillarIds = new Set(vocab.pillars.map((p) => p.id));
  const sectorIds = new Set(vocab.sectors.map((s) => s.id));
  for (const [i, ind] of indicators.entries()) if (ind.pillar && !pillarIds.has(ind.pillar)) issues.push({ file: 'content/vocab/indicators.yaml', field: `[${i}].pillar`, message: `unknown pillar "${ind.pillar}"` });
  for (const [i, n] of national.entries()) if (!indicatorIds.has(n.indicator)) issues.push({ file: 'content/data/national-targets.yaml', field: `[${i}].indicator`, message: `unknown indicator "${n.indicator}"; see content/vocab/indicators.yaml` });

  const marks = new Map<string, { doc: LoadedDocument; mark: Mark }>();
  for (const doc of documents) for (const mark of doc.parsed.marks) marks.set(mark.id, { doc, mark });
  const seen = new Set<string>();
  const anchored = new Set<string>();
  const checkRecord = (r: { id: string; anchor: string; text: string; indicator: string | null; value: number | null; file: string }, kind: 'target' | 'result', extra: (field: string, message: string) => void) => {
    if (seen.has(r.id)) extra('id', `duplicate record id "${r.id}"`);
    seen.add(r.id);
    const at = marks.get(r.anchor);
    if (!at) { extra('anchor', `no <${kind === 'target' ? 'Target' : 'Result'} id="${r.anchor}"> in any restored document`); return; }
    if (at.mark.kind !== kind) extra('anchor', `"${r.anchor}" is a <${at.mark.kind === 'target' ? 'Target' : 'Result'}>, not a <${kind === 'target' ? 'Target' : 'Result'}>`);
    anchored.add(r.anchor);
    // A table row's target may quote its indicator cell too, so the whole block counts as the anchor's context.
    const context = normaliseWording(at.mark.kind === 'target' || at.mark.kind === 'result' ? `${at.mark.text} ${at.mark.blockText}` : at.mark.text);
    if (!context.includes(normaliseWording(r.text))) extra('text', `wording does not occur at anchor "${r.anchor}" (${at.doc.file}:${at.mark.line}); copy it verbatim from the marked sentence`);
    if (r.value !== null && !valueAppearsIn(r.value, r.text)) extra('value', `${r.value} does not appear in the wording "${r.text.slice(0, 80)}"`);
    if (r.indicator && !indicatorIds.has(r.indicator)) extra('indicator', `unknown indicator "${r.indicator}"; allowed: see content/vocab/indicators.yaml`);
  };
  const compositeIds = new Set(indicators.filter((i) => i.pillar === null).map((i) => i.id));
  const checkTagOverrides = (r: { indicator: string | null; pillar: string[] | null; sector: string[] | null }, add: (field: string, message: string) => void) => {
    for (const p of r.pillar ?? []) if (!pillarIds.has(p)) add('pillar', `unknown pillar "${p}"; allowed: ${[...pillarIds].join(', ')} (content/vocab/pillars.yaml)`);
    for (const x of r.sector ?? []) if (!sectorIds.has(x)) add('sector', `unknown sector "${x}"; allowed: ${[...sectorIds].join(', ')} (content/vocab/sectors.yaml)`);
    if (r.pillar !== null && r.pillar.length === 0 && !(r.indicator && compositeIds.has(r.indicator))) add('pillar', '"pillar: []" (no pillar by design) is only for a composite index (an indicator whose pillar is null, e.g. DTI); list the pillar(s) the sentence is about, or null to take the section\'s');
  };
  targets.forEach((t, i) => {
    const add = (field: string, message: string) => issues.push({ file: t.file, field: `${t.id}.${field}`, message });
    checkRecord(t, 'target', add);
    if (t.value_max !== null && !valueAppearsIn(t.value_max, t.text)) add('value_max', `${t.value_max} does not appear in the wording`);
    checkTagOverrides(t, add);
    void i;
  });
  const targetIds = new Set(targets.map((t) => t.id));
  results.forEach((r) => {
    const add = (field: string, message: string) => issues.push({ file: r.file, field: `${r.id}.${field}`, message });
    checkRecord(r, 'result', add);
    checkTagOverrides(r, add);
    if (r.target && !targetIds.has(r.target)) add('target', `unknown target record "${r.target}"`);
  });
  for (const [id, { doc, mark }] of marks) {
    if (!anchored.has(id)) issues.push({ file: `${doc.file}:${mark.line}`, field: `<${mark.kind === 'target' ? 'Target' : 'Result'} id="${id}">`, message: `marked figure has no record; add one to content/data/${mark.kind === 'target' ? 'targets' : 'results'}/${doc.slug}.yaml` });
  }
  return { indicators, national, targets, results, changelog };
}
