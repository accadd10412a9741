/**
 * Timed build: `astro build` and `scripts/build-search.ts` as separate child processes on this Node
 * (Node 24 under npm run), wall-clock timed, with Astro's own phase timings parsed from its log.
 */
import { spawn } from 'node:child_process';
import { parseAstroLog } from '../lib/bench/astro-log.ts';
import type { BuildTimes } from '../lib/bench/report-schema.ts';

async function timed(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; log: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => {
    log += d;
  });
  child.stderr.on('data', (d) => {
    log += d;
  });
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}:\n${log.split('\n').slice(-30).join('\n')}`);
  return { ms, log };
}

/** Builds the site into `dist` (Astro's --outDir) and its search index; `env` selects another corpus. */
export async function timedBuild(dist: string, env: NodeJS.ProcessEnv = {}): Promise<BuildTimes> {
  const astro = await timed(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], env);
  const search = await timed(['scripts/build-search.ts', dist], env);
  const { phases, pages } = parseAstroLog(astro.log);
  const r = (x: number) => Math.round(x);
  return { totalMs: r(astro.ms + search.ms), astroMs: r(astro.ms), searchMs: r(search.ms), astroPhases: phases, pages };
}
