/**
 * The one date a build stands for: citations' access date and the dataset ZIP's file times.
 * Taken from SOURCE_DATE_EPOCH when set (reproducible-builds convention; check:reproducible
 * passes it to its rebuild), else from the last commit, never from the wall clock, so two builds
 * of the same commit are byte-identical.
 */
import { execFileSync } from 'node:child_process';

let cached: string | null = null;

/** Calendar day (UTC, "YYYY-MM-DD") of an epoch in seconds. */
export function isoDayOfEpoch(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** The build date, ISO "YYYY-MM-DD". Throws with the fix when neither source is available. */
export function buildDate(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env === process.env && cached) return cached;
  let date: string;
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (got "${epoch}"); unset it to use the last commit's date`);
    date = isoDayOfEpoch(Number(epoch));
  } else {
    let out: string;
    try {
      out = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      throw new Error('build date: not a git checkout and SOURCE_DATE_EPOCH is not set; set SOURCE_DATE_EPOCH=<seconds> (e.g. the release commit time)');
    }
    date = isoDayOfEpoch(Number(out));
  }
  if (env === process.env) cached = date;
  return date;
}

/** The build date as epoch seconds (midnight UTC), for tools such as the ZIP writer. */
export const buildEpochSeconds = (env: NodeJS.ProcessEnv = process.env) => Date.parse(`${buildDate(env)}T00:00:00Z`) / 1000;
