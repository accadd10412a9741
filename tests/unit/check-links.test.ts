import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/site-fixture.ts';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cds-dist-'));
  for (const [path, html] of Object.entries(pages)) { mkdirSync(join(dir, path), { recursive: true }); writeFileSync(join(dir, path, 'index.html'), html); }
  return dir;
}
const run = (dir: string) => spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/check-links.ts'), dir], { encoding: 'utf8' });

describe('link checker', () => {
  it('passes when every internal link and anchor resolves', () => {
    expect(run(site({ '': '<a href="/a/#x">a</a>', a: '<p id="x">x</p>' })).status).toBe(0);
  });
  it('fails on a broken anchor, naming the page and the link', () => {
    const r = run(site({ '': '<a href="/a/#y">a</a>', a: '<p id="x">x</p>' }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/ → /a/#y: no element with id "y"');
  });
  it('fails on a link to a missing page', () => {
    expect(run(site({ '': '<a href="/missing/">m</a>' })).status).toBe(1);
  });
});
