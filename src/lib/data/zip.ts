/**
 * The versioned ZIP of the whole dataset. Reproducible bytes: files in name order, every entry
 * dated with the build date (src/lib/build-date.ts), fixed compression level.
 */
import { strToU8, zipSync } from 'fflate';

export function datasetZip(files: Record<string, string>, isoDate: string): Uint8Array {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // DOS time has no zone; a local-time Date of the calendar day gives the same bytes anywhere.
  const mtime = new Date(y, m - 1, d, 0, 0, 0);
  const entries = Object.fromEntries(
    Object.keys(files)
      .sort()
      .map((name) => [name, [strToU8(files[name]!), { mtime, level: 9 as const }]]),
  );
  return zipSync(entries as Parameters<typeof zipSync>[0]);
}
