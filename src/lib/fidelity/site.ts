/** Fidelity reports for the site's documents, computed once per build. */
import { siteModel } from '../content/model.ts';
import { checkFidelity, type FidelityReport } from './check.ts';

const cache = new Map<string, FidelityReport>();

export function fidelityFor(slug: string): FidelityReport {
  let r = cache.get(slug);
  if (!r) {
    const doc = siteModel().findDocument(slug);
    if (!doc) throw new Error(`fidelityFor: no document "${slug}"`);
    r = { ...checkFidelity(doc), uncertainReadings: doc.parsed.uncertain.length };
    cache.set(slug, r);
  }
  return r;
}
