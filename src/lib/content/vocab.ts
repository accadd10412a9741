/** Loads the controlled vocabularies (content/vocab/*.yaml) and validates each entry with its schema. */
import { localitySchema, provinceSchema } from '../../schemas/locality.ts';
import { pillarSchema } from '../../schemas/pillar.ts';
import { sectorSchema } from '../../schemas/sector.ts';
import { glossaryEntrySchema } from '../../schemas/glossary.ts';
import type { ContentIssue } from './issues.ts';
import { loadYamlList } from './yaml.ts';

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
