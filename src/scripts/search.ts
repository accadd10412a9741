/**
 * Search page enhancement (issues #11, #19): runs Pagefind with abbreviation expansion, filters, and
 * keeps the query and filters in the URL. Results are passages (paragraph, list item, table row,
 * footnote) and target/result sentences, then sections, then whole documents (a hidden tier
 * filter); each shows the passage's excerpt, its section path and its document, and links to the
 * passage. The index loads when the search box gets focus; the first results are painted before
 * the later ones' fragments are fetched. đ and number variant tokens are removed from excerpts.
 */
import { expandQuery, type Abbreviation } from '../lib/search/expand.ts';
import { orderByMatch, rankResults, type Hit } from '../lib/search/rank.ts';
import { stripDVariants } from '../lib/search/d-variants.ts';
import { TIER_FILTER, TIERS } from '../lib/search/tiers.ts';

interface PagefindData {
  url: string;
  meta: { title?: string; kind?: string; section?: string };
  excerpt: string;
  content: string;
  filters?: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  init(): Promise<void>;
  options?(o: { ranking?: Record<string, number>; excerptLength?: number }): Promise<void>;
  preload?(q: string, opts?: { filters?: Filters }): Promise<void>;
  search(q: string | null, opts?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 20;
/** Results painted as soon as their fragments arrive; the rest follow. */
const FIRST_PAINT = 8;
/** Searched tier by tier; sentences and passages are one list, the sentence scores lifted. */
const TIER_ORDER = [[TIERS.sentence, TIERS.passage], [TIERS.section], [TIERS.document]];
/** A marked sentence holds one figure: ahead of the paragraph around it when both match as well. */
const SENTENCE_BOOST = 1.5;

export function initSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const filterBox = document.getElementById('search-filters')!;
  const glossary = JSON.parse(document.getElementById('glossary-data')!.textContent ?? '[]') as Abbreviation[];
  let loading: Promise<Pagefind> | null = null;
  let seq = 0;
  const selected = new Map<string, Set<string>>();

  /** Pagefind's output without the index-only variant tokens. */
  function clean(d: PagefindData): PagefindData {
    return {
      ...d,
      meta: { ...d.meta, title: d.meta.title && stripDVariants(d.meta.title) },
      excerpt: stripDVariants(d.excerpt),
      content: stripDVariants(d.content),
    };
  }

  function load(): Promise<Pagefind> {
    loading ??= (async () => {
      const path = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
      await pf.options?.({ excerptLength: 40 });
      await pf.init();
      // Filter counts are not needed for the first results.
      setTimeout(() => void renderFilters(pf), 0);
      return pf;
    })();
    return loading;
  }

  async function renderFilters(pf: Pagefind) {
    const all = await pf.filters();
    const order = JSON.parse(filterBox.dataset.order ?? '[]') as string[];
    for (const name of order) {
      const values = Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
      if (!values.length) continue;
      const fs = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = name;
      fs.append(legend);
      for (const v of values) {
        const id = `f-${name}-${v}`.replace(/[^\p{L}\p{N}]+/gu, '-');
        const label = document.createElement('label');
        label.htmlFor = id;
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = 'f';
        box.value = `${name}:${v}`;
        box.checked = selected.get(name)?.has(v) ?? false;
        box.addEventListener('change', () => {
          const set = selected.get(name) ?? new Set<string>();
          if (box.checked) set.add(v);
          else set.delete(v);
          selected.set(name, set);
          void run(input.value);
        });
        label.append(box, ` ${v} `);
        const count = document.createElement('span');
        count.className = 'count';
        count.textContent = `(${all[name][v]})`;
        label.append(count);
        fs.append(label);
      }
      filterBox.append(fs);
    }
    filterBox.hidden = false;
  }

  function activeFilters(): Filters {
    const f: Filters = {};
    for (const [k, set] of selected) if (set.size) f[k] = { any: [...set] };
    return f;
  }

  function syncUrl(q: string) {
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const [k, set] of selected) for (const v of set) url.searchParams.append('f', `${k}:${v}`);
    history.replaceState(null, '', url);
  }

  async function run(q: string): Promise<void> {
    const mine = ++seq;
    syncUrl(q.trim());
    const filters = activeFilters();
    if (!q.trim() && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pf = await load();
    const queries = q.trim() ? expandQuery(q, glossary) : [null];
    // Searches per tier, so passages come before sections and sections before documents.
    const search = (tier: string) => Promise.all(queries.map((v) => pf.search(v, { filters: { ...filters, [TIER_FILTER]: { any: [tier] } } })));
    const found = await Promise.all(TIER_ORDER.map((tiers) => Promise.all(tiers.map(search))));
    if (mine !== seq) return;
    const ranked = found
      .flatMap((perTier, t) =>
        rankResults<{ res: PagefindResult; tier: number }>(
          perTier.flatMap((variants, k) =>
            variants.flatMap((r, i) =>
              r.results.map((res) => ({
                key: res.id,
                score: res.score * (t === 0 && k === 0 ? SENTENCE_BOOST : 1),
                variant: i,
                item: { res, tier: t + 1 },
              })),
            ),
          ),
        ),
      )
      .slice(0, PAGE_SIZE);
    const total = ranked.length && new Set(found.flat(2).flatMap((r) => r.results.map((x) => x.id))).size;
    const fetchData = (h: Hit<{ res: PagefindResult; tier: number }>) => h.item.res.data().then((d) => ({ d: clean(d), tier: h.item.tier }));
    const head = await Promise.all(ranked.slice(0, FIRST_PAINT).map(fetchData));
    if (mine !== seq) return;
    const ordered = orderByMatch(
      q,
      head.map((x) => ({ item: x.d, text: x.d.content, isRecord: x.d.meta.kind === 'Chỉ tiêu' || x.d.meta.kind === 'Kết quả', tier: x.tier })),
    );
    status.textContent = total
      ? `${total} kết quả${q.trim() ? ` cho “${q.trim()}”` : ''}`
      : `Không có kết quả${q.trim() ? ` cho “${q.trim()}”` : ''}. Thử bỏ bớt từ hoặc bộ lọc.`;
    list.replaceChildren(...ordered.map(renderResult));
    const rest = await Promise.all(ranked.slice(FIRST_PAINT).map(fetchData));
    if (mine !== seq) return;
    list.append(...rest.map((x) => renderResult(x.d)));
  }

  function renderResult(d: PagefindData): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.className = 'search-results__title';
    a.textContent = d.meta.title ?? d.url;
    li.append(a);
    if (d.meta.section) {
      const s = document.createElement('p');
      s.className = 'search-results__section';
      s.textContent = `Mục: ${stripDVariants(d.meta.section)}`;
      li.append(s);
    }
    const p = document.createElement('p');
    p.innerHTML = d.excerpt; // Pagefind escapes the text and adds only <mark>
    li.append(p);
    return li;
  }

  const params = new URLSearchParams(location.search);
  for (const f of params.getAll('f')) {
    const at = f.indexOf(':');
    if (at < 0) continue;
    const k = f.slice(0, at);
    const v = f.slice(at + 1);
    selected.set(k, (selected.get(k) ?? new Set()).add(v));
  }
  const q = params.get('q') ?? '';
  input.value = q;
  if (q || selected.size) void run(q);
  // The index loads when the reader is about to type, not with the page.
  input.addEventListener('focus', () => void load(), { once: true });
  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // Fetch the index chunks for what is typed while the debounce waits.
    const typed = input.value.trim();
    if (typed) void load().then((pf) => pf.preload?.(typed));
    timer = window.setTimeout(() => void run(input.value), 80);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });
}
