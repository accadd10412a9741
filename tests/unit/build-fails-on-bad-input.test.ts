import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, projectRoot, validDocument } from './helpers/site-fixture.ts';

describe('astro build', () => {
  it('fails on bad content with a message naming the file, the field and what is allowed', () => {
    const site = makeSite({ 'thu-ke-hoach-12-2023.mdx': validDocument().replace('locality: "dong-thap"', 'locality: "khong-ton-tai"') });
    const r = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['sync'], {
      cwd: projectRoot,
      env: { ...process.env, CDS_DOCUMENTS_DIR: join(site, 'content/documents') },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).not.toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toContain(
      'thu-ke-hoach-12-2023.mdx — frontmatter.locality: unknown locality "khong-ton-tai"; allowed: tra-vinh, tien-giang, ha-tien, dong-thap',
    );
  }, 120_000);
});
