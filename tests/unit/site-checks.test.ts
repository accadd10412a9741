import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspCheck } from '../../src/lib/checks/site/csp.ts';
import { htmlValidityCheck } from '../../src/lib/checks/site/html-validity.ts';
import { jsBudgetCheck } from '../../src/lib/checks/site/js-budget.ts';
import { fontPreloadsCheck } from '../../src/lib/checks/site/font-preloads.ts';
import { dataLinksCheck, linksCheck } from '../../src/lib/checks/site/links.ts';
import { comparisonCheck } from '../../src/lib/checks/site/comparison.ts';
import { loadBuiltSite } from '../../src/lib/checks/site/load.ts';
import { metadataCheck } from '../../src/lib/checks/site/metadata.ts';
import { sitemapCheck } from '../../src/lib/checks/site/sitemap.ts';
import { cspMeta } from '../../src/lib/security/csp.ts';
import { compareTrees, hashTree } from '../../src/lib/checks/reproducible.ts';
import { robotsTxt, sitemapXml } from '../../src/lib/host-files.ts';
import { projectRoot } from './helpers/site-fixture.ts';

const ORIGIN = 'https://example.test';

/** A valid page as Base.astro renders it; `body` and `head` vary per test. */
function page(path: string, body = '<h1>Trang</h1>', head = ''): string {
  const esc = cspMeta().replace(/'/g, '&#39;');
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${esc}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trang</title><meta name="description" content="Mô tả trang"><link rel="canonical" href="${ORIGIN}${path}">${head}</head><body><main>${body}</main></body></html>`;
}

/** Writes files (path → content) to a temporary dist directory. */
function dist(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cds-dist-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
const site = (files: Record<string, string | Buffer>) => loadBuiltSite(dist(files), ORIGIN);
const messages = (r: { problems: { page: string; message: string }[] }) => r.problems.map((p) => `${p.page} ${p.message}`);

describe('link check', () => {
  it('passes when every internal link and anchor resolves', () => {
    expect(
      linksCheck.run(site({ 'index.html': page('/', '<h1>a</h1><a href="/a/#x">a</a>'), 'a/index.html': page('/a/', '<h1 id="x">x</h1>') })).problems,
    ).toEqual([]);
  });
  it('fails on a broken anchor, naming the page and the link', () => {
    const r = linksCheck.run(site({ 'index.html': page('/', '<h1>a</h1><a href="/a/#y">a</a>'), 'a/index.html': page('/a/', '<h1 id="x">x</h1>') }));
    expect(messages(r)).toEqual(['/ link /a/#y: no element with id "y" on /a/']);
  });
  it('fails on a link to a missing page', () => {
    expect(messages(linksCheck.run(site({ 'index.html': page('/', '<h1>a</h1><a href="/missing/">m</a>') })))).toEqual(['/ link /missing/: no such page']);
  });
  it('fails on a font the head preloads under a name the build no longer has (a subset renamed)', () => {
    const preload = (name: string) => `<link rel="preload" href="/_astro/${name}" as="font" type="font/woff2" crossorigin="anonymous" fetchpriority="low">`;
    const files = { '_astro/inter-latin.new1.woff2': Buffer.from([0]) };
    expect(linksCheck.run(site({ ...files, 'index.html': page('/', '<h1>a</h1>', preload('inter-latin.new1.woff2')) })).problems).toEqual([]);
    expect(messages(linksCheck.run(site({ ...files, 'index.html': page('/', '<h1>a</h1>', preload('inter-latin.old0.woff2')) })))).toEqual([
      '/ <link> /_astro/inter-latin.old0.woff2: no such file',
    ]);
  });
});

describe('HTML validity check', () => {
  it('accepts the markup the site renders', () => {
    expect(
      messages(
        htmlValidityCheck.run(
          site({ 'index.html': page('/', '<h1>a</h1><table><tbody><tr><th><details><summary>Lưu ý</summary><p>x</p></details></th></tr></tbody></table>') }),
        ),
      ),
    ).toEqual([]);
  });
  it('fails on invalid HTML, naming the rule and the line', () => {
    const r = htmlValidityCheck.run(site({ 'index.html': page('/', '<h1>a</h1><p><div>khối trong đoạn</div></p>') }));
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0].message).toMatch(/^[\w/-]+: .*\(line \d+:\d+/);
  });
});

describe('metadata check', () => {
  it('fails on a page without lang, description or canonical', () => {
    const bare =
      '<!doctype html><html><head><meta charset="utf-8"><title>T</title><meta name="viewport" content="width=device-width"></head><body><h1>T</h1></body></html>';
    const m = messages(metadataCheck.run(site({ 'a/index.html': bare })));
    expect(m).toContain('/a/ <html> has no lang');
    expect(m).toContain('/a/ expected one non-empty <meta name="description">');
    expect(m).toContain('/a/ expected one <link rel="canonical">, found 0');
  });
  it('fails on a canonical URL on another host or to a page that was not built', () => {
    const other = page('/a/').replace(`${ORIGIN}/a/`, 'https://other.test/a/');
    const missing = page('/b/').replace(`${ORIGIN}/b/`, `${ORIGIN}/khong-co/`);
    const m = messages(metadataCheck.run(site({ 'a/index.html': other, 'b/index.html': missing })));
    expect(m).toEqual([
      '/a/ canonical https://other.test/a/ is not on https://example.test',
      '/b/ canonical https://example.test/khong-co/ is not a page of the build',
    ]);
  });
});

describe('Content-Security-Policy check', () => {
  it('fails on an inline script, an event handler and an inline style, but allows JSON data blocks', () => {
    const body =
      '<h1>a</h1><script>alert(1)</script><script type="application/json" id="d">[]</script><button onclick="x()">b</button><p style="color:red">c</p>';
    const m = messages(cspCheck.run(site({ 'index.html': page('/', body) })));
    expect(m.some((x) => x.includes('inline <script> would be blocked'))).toBe(true);
    expect(m.some((x) => x.includes('onclick= attribute'))).toBe(true);
    expect(m.some((x) => x.includes('style= attribute'))).toBe(true);
    expect(m.some((x) => x.includes('application/json'))).toBe(false);
  });
  it('fails on a page without the policy', () => {
    expect(messages(cspCheck.run(site({ 'index.html': page('/').replace(/<meta http-equiv[^>]*>/, '') })))).toEqual(['/ no Content-Security-Policy <meta>']);
  });
});

describe('JavaScript budget check', () => {
  it("counts a document page's scripts and their static imports, and fails over budget", () => {
    const big = Buffer.from(Array.from({ length: 60_000 }, (_, i) => `v${(i * 2654435761) % 1e9};`).join(''));
    const files = {
      'van-ban/x/index.html': page('/van-ban/x/', '<h1>x</h1>', '<script type="module" src="/_astro/a.js"></script>'),
      '_astro/a.js': 'import"./b.js";console.log(1)',
      '_astro/b.js': big,
    };
    const r = jsBudgetCheck.run(site(files));
    expect(r.checked).toBe(1);
    expect(r.problems[0].message).toMatch(/bytes of JavaScript \(gzip\) > budget 15360: \/_astro\/a.js, \/_astro\/b.js/);
  });
});

describe('font preloads check', () => {
  const css = '@font-face{font-family:A;src:url(/_astro/a.woff2)format("woff2")}@font-face{font-family:B;src:url(/_astro/b.woff2)format("woff2")}';
  const preload = (href: string) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin="anonymous" fetchpriority="low">`;
  const withHead = (head: string) =>
    site({ '_astro/Base.css': css, 'index.html': page('/', '<h1>Trang</h1>', `${head}<link rel="stylesheet" href="/_astro/Base.css">`) });
  it('passes when a page preloads exactly the fonts its stylesheet declares', () => {
    expect(fontPreloadsCheck.run(withHead(preload('/_astro/a.woff2') + preload('/_astro/b.woff2'))).problems).toEqual([]);
  });
  it('names a declared font the page does not preload, and a preload no stylesheet declares', () => {
    const r = fontPreloadsCheck.run(withHead(preload('/_astro/a.woff2') + preload('/_astro/old.woff2')));
    expect(messages(r)).toEqual(['/ declared but not preloaded: /_astro/b.woff2', '/ preloaded but declared by no stylesheet of the page: /_astro/old.woff2']);
    expect(r.problems[0].fix).toContain('src/styles/font-preloads.ts');
  });
});

describe('sitemap check', () => {
  it('passes when every canonical page is listed and robots.txt points to the sitemap', () => {
    const files = { 'index.html': page('/'), 'sitemap.xml': sitemapXml([`${ORIGIN}/`]), 'robots.txt': robotsTxt(`${ORIGIN}/sitemap.xml`) };
    expect(sitemapCheck.run(site(files)).problems).toEqual([]);
  });
  it('fails on a page missing from the sitemap and on a listed page that does not exist', () => {
    const files = {
      'index.html': page('/'),
      'a/index.html': page('/a/'),
      'sitemap.xml': sitemapXml([`${ORIGIN}/`, `${ORIGIN}/b/`]),
      'robots.txt': robotsTxt(`${ORIGIN}/sitemap.xml`),
    };
    expect(messages(sitemapCheck.run(site(files))).sort()).toEqual([
      '/a/ not in sitemap.xml',
      '/sitemap.xml lists https://example.test/b/, which is not a page of this build',
    ]);
  });
});

describe('check-site command', () => {
  it('exits 1 and names the page when a deep link to a target is broken', () => {
    const dir = dist({ 'index.html': page('/', '<h1>a</h1><a href="/a/#tv09-2025-khong-co">a</a>'), 'a/index.html': page('/a/') });
    const r = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/check-site.ts'), dir, '--only', 'links'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('✗ / — link /a/#tv09-2025-khong-co: no element with id "tv09-2025-khong-co" on /a/');
  });
});

describe('reproducible build comparison', () => {
  it('names files that differ or exist in only one build', () => {
    const a = new Map([
      ['index.html', '1'],
      ['a.js', '2'],
      ['old.css', '3'],
    ]);
    const b = new Map([
      ['index.html', '1'],
      ['a.js', '9'],
      ['new.css', '3'],
    ]);
    expect(compareTrees(a, b)).toEqual(['a.js: contents differ', 'new.css: only in the second build', 'old.css: only in the first build']);
    expect(compareTrees(a, new Map(a))).toEqual([]);
  });
  it('hashes every file of a tree by its relative path', () => {
    const dir = dist({ 'index.html': 'x', 'a/b.txt': 'y' });
    expect([...hashTree(dir).keys()]).toEqual(['a/b.txt', 'index.html']);
  });
});

describe('dataset deep-link check', () => {
  it('fails when a record in the open data links to a sentence that is not on its page', () => {
    const files = {
      'van-ban/x/index.html': page('/van-ban/x/', '<h1>x</h1><span id="x-2025-a">câu</span>'),
      'data/targets.json': JSON.stringify({ records: [{ url: `${ORIGIN}/van-ban/x/#x-2025-a` }, { url: `${ORIGIN}/van-ban/x/#x-2025-b` }] }),
    };
    const r = dataLinksCheck.run(site(files));
    expect(r.checked).toBe(2);
    expect(messages(r)).toEqual([`/data/targets.json ${ORIGIN}/van-ban/x/#x-2025-b: no element with id "x-2025-b" on /van-ban/x/`]);
  });
});

describe('comparison pages and /data/comparison.json agree', () => {
  const cell = (target: string, ref: string, verdict: string) =>
    `<p class="cell-target" data-value="80" data-comparator=">" data-record="${target}"><a href="#">80%</a><span class="versus versus--${verdict}" data-reference="${ref}" data-verdict="${verdict}">x</span></p>`;
  const json = (records: object[]) => JSON.stringify({ records });
  it('passes when every verdict on the page is a cell of the JSON and back', () => {
    const files = {
      'so-sanh/2025/index.html': page('/so-sanh/2025/', `<h1>x</h1>${cell('t1', 'n749', 'equal')}`),
      'data/comparison.json': json([
        { year: 2025, target: 't1', national_reference: 'n749', verdict: 'equal' },
        { year: 2025, target: 't2', national_reference: null, verdict: 'no-reference' },
      ]),
    };
    expect(comparisonCheck.run(site(files)).problems).toEqual([]);
  });
  it('fails when the page shows another verdict than the JSON, naming both sides', () => {
    const files = {
      'so-sanh/2025/index.html': page('/so-sanh/2025/', `<h1>x</h1>${cell('t1', 'n749', 'higher')}`),
      'data/comparison.json': json([{ year: 2025, target: 't1', national_reference: 'n749', verdict: 'not-comparable' }]),
    };
    expect(messages(comparisonCheck.run(site(files)))).toEqual([
      '/so-sanh/2025/ shows t1|n749|higher (target|reference|verdict), which /data/comparison.json does not list',
      '/so-sanh/2025/ /data/comparison.json lists t1|n749|not-comparable, which the page does not show',
    ]);
  });
});
