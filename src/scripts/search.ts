/**
 * Search page enhancement (issue #11): runs Pagefind with abbreviation expansion, filters, and keeps
 * the query and filters in the URL. đ is folded in the index; its variant tokens are removed here.
 */
import { expandQuery, type Abbreviation } from '../lib/search/expand.ts';
import { orderByMatch, rankResults, type Hit } from '../lib/search/rank.ts';
import { stripDVariants } from '../lib/search/d-variants.ts';

interface PagefindSub { url: string; title: string; excerpt: string; locations?: number[] }
interface PagefindData { url: string; meta: { title?: string; kind?: string }; excerpt: string; content: string; sub_results?: PagefindSub[] }
interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  init(): Promise<void>;
  options?(o: { ranking?: Record<string, number> }): Promise<void>;
  search(q: string | null, opts?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 20;

/** The section where the query's words occur most: the passage a result opens. */
function bestPassage(d: PagefindData): PagefindSub | undefined {
  return [...(d.sub_results ?? [])].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
}

export function initSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const filterBox = document.getElementById('search-filters')!;
  const glossary = JSON.parse(document.getElementById('glossary-data')!.textContent ?? '[]') as Abbreviation[];
  let pagefind: Pagefind | null = null;
  let seq = 0;
  const selected = new Map<string, Set<string>>();

  /** Pagefind's output without the index-only đ-variant tokens. */
  function clean(d: PagefindData): PagefindData {
    return {
      ...d,
      meta: { ...d.meta, title: d.meta.title && stripDVariants(d.meta.title) },
      excerpt: stripDVariants(d.excerpt),
      content: stripDVariants(d.content),
      sub_results: d.sub_results?.map((s) => ({ ...s, title: stripDVariants(s.title), excerpt: stripDVariants(s.excerpt) })),
    };
  }

  async function load(): Promise<Pagefind> {
    if (!pagefind) {
      const path = '/pagefind/pagefind.js';
      pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
      // Short target records should compete with long documents: saturate repeated terms sooner.
      await pagefind.options?.({ ranking: { termSaturation: 0.9, pageLength: 0.85 } });
      await pagefind.init();
      await renderFilters(pagefind);
    }
    return pagefind;
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
        box.type = 'checkbox'; box.id = id; box.name = 'f'; box.value = `${name}:${v}`;
        box.checked = selected.get(name)?.has(v) ?? false;
        box.addEventListener('change', () => {
          const set = selected.get(name) ?? new Set<string>();
          if (box.checked) set.add(v); else set.delete(v);
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
    if (!q.trim() && !Object.keys(filters).length) { list.replaceChildren(); status.textContent = ''; return; }
    const pf = await load();
    const queries = q.trim() ? expandQuery(q, glossary) : [null];
    const found = await Promise.all(queries.map((v) => pf.search(v, { filters })));
    if (mine !== seq) return;
    const hits: Hit<PagefindResult>[] = found.flatMap((r, i) => r.results.map((res) => ({ key: res.id, score: res.score, variant: i, item: res })));
    const ranked = rankResults(hits).slice(0, PAGE_SIZE * 3);
    // A result found through several readings of the query (DVCTT / dịch vụ công trực tuyến) is
    // shown through the reading that highlights most words in its best passage.
    const data = await Promise.all(ranked.map(async (h) => {
      const options = await Promise.all((h.alternatives ?? [h]).slice(0, 4).map(async (a) => clean(await a.item.data())));
      const marks = (d: PagefindData) => (bestPassage(d)?.excerpt ?? d.excerpt).split('<mark>').length;
      return options.reduce((a, b) => (marks(b) > marks(a) ? b : a));
    }));
    if (mine !== seq) return;
    const ordered = orderByMatch(q, data.map((d) => ({ item: d, text: `${d.meta.title ?? ''} ${d.content}`, isRecord: Boolean(d.meta.kind) }))).slice(0, PAGE_SIZE);
    const total = new Set(hits.map((h) => h.key)).size;
    status.textContent = total ? `${total} kết quả${q.trim() ? ` cho “${q.trim()}”` : ''}` : `Không có kết quả${q.trim() ? ` cho “${q.trim()}”` : ''}. Thử bỏ bớt từ hoặc bộ lọc.`;
    list.replaceChildren(...ordered.map(renderResult));
  }

  function renderResult(d: PagefindData): HTMLLIElement {
    const li = document.createElement('li');
    const best = bestPassage(d);
    const a = document.createElement('a');
    a.href = best?.url ?? d.url;
    a.className = 'search-results__title';
    a.textContent = d.meta.title ?? d.url;
    li.append(a);
    if (best?.title && best.title !== d.meta.title) {
      const s = document.createElement('p');
      s.className = 'search-results__section';
      s.textContent = `Mục: ${best.title}`;
      li.append(s);
    }
    const p = document.createElement('p');
    p.innerHTML = best?.excerpt ?? d.excerpt; // Pagefind escapes the text and adds only <mark>
    li.append(p);
    return li;
  }

  const params = new URLSearchParams(location.search);
  for (const f of params.getAll('f')) {
    const at = f.indexOf(':');
    if (at < 0) continue;
    const k = f.slice(0, at); const v = f.slice(at + 1);
    selected.set(k, (selected.get(k) ?? new Set()).add(v));
  }
  const q = params.get('q') ?? '';
  input.value = q;
  if (q || selected.size) void run(q); else void load();
  let timer: number | undefined;
  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => void run(input.value), 80); });
  form.addEventListener('submit', (e) => { e.preventDefault(); void run(input.value); });
}
