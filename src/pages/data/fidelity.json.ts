/** /data/fidelity.json: each document's fidelity figures (coverage, number checks, uncertain readings). */
import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/index.ts';
import { fidelityFor } from '../../lib/fidelity/site.ts';
import { FIDELITY_THRESHOLDS } from '../../lib/fidelity/thresholds.ts';

export const GET: APIRoute = () => {
  const documents = getContent().documents.map((d) => {
    const r = fidelityFor(d.slug);
    return {
      document: d.slug,
      source_file: d.meta.source.file,
      source_sha256: d.meta.source.sha256,
      status: d.meta.restoration.status,
      passed: r.passed,
      coverage: Number(r.coverage.toFixed(4)),
      source_words: r.sourceTokens,
      matched_source_words: r.matchedSourceTokens,
      furniture_lines: r.furnitureLines,
      noise_tokens: r.noiseTokens,
      inserted_words: r.insertedTokens,
      numbers_in_source: r.numbers.source,
      numbers_in_restored: r.numbers.restored,
      number_differences: r.numbers.differences,
      ocr_readings: d.meta.source.readings.length,
      uncertain_readings: d.parsed.uncertain.length,
      failures: r.failures,
    };
  });
  return new Response(JSON.stringify({ thresholds: FIDELITY_THRESHOLDS, documents }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
