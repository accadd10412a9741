/**
 * Astro's own phase timings, read from the log `astro build` prints (Astro 7):
 *   [types] Generated 734ms
 *   [build] Collecting build info... … [build] ✓ Completed in 1.01s.
 *   [build] Building static entrypoints... … [vite] ✓ built in 770ms … [build] ✓ Completed in 5.44s.
 *    generating static routes … ✓ Completed in 4.61s.
 *   [build] 149 page(s) built in 6.46s
 * A "Completed in" closes the innermost open phase. Lines that are not understood are ignored, so a
 * change in Astro's wording loses phases, not the bench.
 */
import type { z } from 'zod';
import type { phaseSchema } from './report-schema.ts';

export type AstroPhase = z.infer<typeof phaseSchema>;

// eslint-disable-next-line no-control-regex -- strips the ANSI colour codes of Astro's log
const ANSI = /\x1b\[[0-9;]*m/g;

/** "734ms", "1.01s", "2m 3s" → milliseconds. */
export function parseDuration(text: string): number | null {
  const m = /^(?:(\d+)m\s*)?(\d+(?:\.\d+)?)(ms|s)$/.exec(text.trim());
  if (!m) return null;
  const minutes = m[1] ? Number(m[1]) * 60_000 : 0;
  return Math.round(minutes + Number(m[2]) * (m[3] === 's' ? 1000 : 1));
}

const OPENERS: [RegExp, string][] = [
  [/\[build\] Collecting build info\.\.\./, 'collect build info'],
  [/\[build\] Building static entrypoints\.\.\./, 'static entrypoints (incl. pages)'],
  [/generating static routes/, 'generate static routes'],
];

export function parseAstroLog(log: string): { phases: AstroPhase[]; pages: number | null } {
  const phases: AstroPhase[] = [];
  const open: string[] = [];
  let pages: number | null = null;
  let vite = 0;
  for (const raw of log.split(/\r?\n/)) {
    const line = raw.replace(ANSI, '');
    let m: RegExpExecArray | null;
    if ((m = /\[types\] Generated (\S+)/.exec(line))) {
      const ms = parseDuration(m[1]);
      if (ms !== null) phases.push({ name: 'types', ms });
      continue;
    }
    if ((m = /\[vite\] ✓ built in (\S+)/.exec(line))) {
      const ms = parseDuration(m[1]);
      if (ms !== null) phases.push({ name: `vite bundle ${++vite}`, ms });
      continue;
    }
    if ((m = /\[build\] (\d+) page\(s\) built in (.+)$/.exec(line))) {
      pages = Number(m[1]);
      const ms = parseDuration(m[2]);
      if (ms !== null) phases.push({ name: 'astro total (pages built)', ms });
      continue;
    }
    const opener = OPENERS.find(([re]) => re.test(line));
    if (opener) {
      open.push(opener[1]);
      continue;
    }
    if ((m = /✓ Completed in (.+?)\.?\s*$/.exec(line)) && open.length) {
      const ms = parseDuration(m[1]);
      const name = open.pop()!;
      if (ms !== null) phases.push({ name, ms });
    }
  }
  return { phases, pages };
}
