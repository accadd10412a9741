/**
 * Search page enhancement (issues #11, #19): runs Pagefind with abbreviation expansion, filters, and
 * keeps the query and filters in the URL. Results are passages (paragraph, list item, table row,
 * footnote) and target/result sentences, then sections, then whole documents (a hidden tier
 * filter); each shows the passage's excerpt, its section path and its document, and links to the
 * passage. The index loads when the search box gets focus; the first results are painted before
 * the later ones' fragments are fetched, and before the later tier groups are searched. đ and
 * number variant tokens are removed from excerpts.
 *
 * `initSearch` wires named passes: read the page, load the index, paint the filters, keep the URL,
 * search tier by tier, rank, paint.
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
/** Results of every query variant, per tier of a tier group, per group of TIER_ORDER. */
type TierResults = { results: PagefindResult[] }[][][];
type RankedHit = Hit<{ res: PagefindResult; tier: number }>;
/** Checked filter values by filter name. */
type Selection = Map<string, Set<string>>;

const PAGE_SIZE = 20;
/** Results painted as soon as their fragments arrive; the rest follow. */
const FIRST_PAINT = 8;
/** Searched tier by tier; sentences and passages are one list, the sentence scores lifted. */
const TIER_ORDER = [[TIERS.sentence, TIERS.passage], [TIERS.section], [TIERS.document]];
/** A marked sentence holds one figure: ahead of the paragraph around it when both match as well. */
const SENTENCE_BOOST = 1.5;
/** Keystrokes within this many ms of the previous one make one search (the first of them searches at once). */
const DEBOUNCE_MS = 80;
/** The longest a query in the URL waits for the first paint to be reported before it is searched anyway. */
const FIRST_PAINT_WAIT_MS = 300;

interface SearchPageElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLElement;
  filterBox: HTMLElement;
  glossary: Abbreviation[];
  /** Pagefind's script, from the page (`data-index-url`, written from urls.ts). */
  indexUrl: string;
  /** The tiers searched: the English search page (`data-english-pages`) adds the English pages' tier, last. */
  tierOrder: string[][];
  /** The page's words (data-msg-* on the form, from src/i18n), placeholders in braces. */
  messages: { results: string; forQuery: string; none: string; section: string };
}

function readSearchPage(): SearchPageElements {
  const form = document.getElementById('search-form') as HTMLFormElement;
  return {
    form,
    input: document.getElementById('search-q') as HTMLInputElement,
    status: document.getElementById('search-status')!,
    list: document.getElementById('search-results')!,
    filterBox: document.getElementById('search-filters')!,
    glossary: JSON.parse(document.getElementById('glossary-data')!.textContent ?? '[]') as Abbreviation[],
    indexUrl: form.dataset.indexUrl!,
    tierOrder: form.dataset.englishPages === 'true' ? [...TIER_ORDER, [TIERS.english]] : TIER_ORDER,
    messages: { results: form.dataset.msgResults!, forQuery: form.dataset.msgFor!, none: form.dataset.msgNone!, section: form.dataset.msgSection! },
  };
}

/** Loads Pagefind once, on first call; `onReady` runs after the first results can be searched. */
function indexLoader(indexUrl: string, onReady: (pf: Pagefind) => void): () => Promise<Pagefind> {
  let loading: Promise<Pagefind> | null = null;
  return () =>
    (loading ??= (async () => {
      const pf = (await import(/* @vite-ignore */ indexUrl)) as Pagefind;
      await pf.options?.({ excerptLength: 40 });
      // Every record is in one 'vi' index (scripts/build-search.ts); on the English page (<html lang="en">) Pagefind finds no 'en' index and falls back to it.
      await pf.init();
      // Filter counts are not needed for the first results.
      setTimeout(() => onReady(pf), 0);
      return pf;
    })());
}

/** Pagefind's output without the index-only variant tokens. */
function withoutVariantTokens(d: PagefindData): PagefindData {
  return {
    ...d,
    meta: { ...d.meta, title: d.meta.title && stripDVariants(d.meta.title) },
    excerpt: stripDVariants(d.excerpt),
    content: stripDVariants(d.content),
  };
}

/** One fieldset of checkboxes per filter, in the page's order (`data-order`), with counts. */
async function renderFilters(pf: Pagefind, filterBox: HTMLElement, selected: Selection, onChange: () => void): Promise<void> {
  const all = await pf.filters();
  const order = JSON.parse(filterBox.dataset.order ?? '[]') as string[];
  // The filter names are the index's (Vietnamese); a page may label them in its language.
  const labels = JSON.parse(filterBox.dataset.labels ?? '{}') as Record<string, string>;
  for (const name of order) {
    const values = Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
    if (!values.length) continue;
    const fs = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = labels[name] ?? name;
    fs.append(legend);
    for (const v of values) fs.append(filterCheckbox(name, v, all[name][v], selected, onChange));
    filterBox.append(fs);
  }
  filterBox.hidden = false;
}

function filterCheckbox(name: string, value: string, count: number, selected: Selection, onChange: () => void): HTMLLabelElement {
  const id = `f-${name}-${value}`.replace(/[^\p{L}\p{N}]+/gu, '-');
  const label = document.createElement('label');
  label.htmlFor = id;
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = id;
  box.name = 'f';
  box.value = `${name}:${value}`;
  box.checked = selected.get(name)?.has(value) ?? false;
  box.addEventListener('change', () => {
    const set = selected.get(name) ?? new Set<string>();
    if (box.checked) set.add(value);
    else set.delete(value);
    selected.set(name, set);
    onChange();
  });
  label.append(box, ` ${value} `);
  const countEl = document.createElement('span');
  countEl.className = 'count';
  countEl.textContent = `(${count})`;
  label.append(countEl);
  return label;
}

function activeFilters(selected: Selection): Filters {
  const f: Filters = {};
  for (const [k, set] of selected) if (set.size) f[k] = { any: [...set] };
  return f;
}

/** The query and filters from the page's URL (`?q=…&f=name:value`). */
function readUrlState(): { q: string; selected: Selection } {
  const params = new URLSearchParams(location.search);
  const selected: Selection = new Map();
  for (const f of params.getAll('f')) {
    const at = f.indexOf(':');
    if (at < 0) continue;
    const k = f.slice(0, at);
    const v = f.slice(at + 1);
    selected.set(k, (selected.get(k) ?? new Set()).add(v));
  }
  return { q: params.get('q') ?? '', selected };
}

function writeUrlState(q: string, selected: Selection): void {
  const url = new URL(location.href);
  url.search = '';
  if (q) url.searchParams.set('q', q);
  for (const [k, set] of selected) for (const v of set) url.searchParams.append('f', `${k}:${v}`);
  history.replaceState(null, '', url);
}

/** One tier group (e.g. sentences and passages) for every query variant. */
function searchTierGroup(pf: Pagefind, queries: (string | null)[], filters: Filters, tiers: string[]): Promise<TierResults[number]> {
  const search = (tier: string) => Promise.all(queries.map((v) => pf.search(v, { filters: { ...filters, [TIER_FILTER]: { any: [tier] } } })));
  return Promise.all(tiers.map(search));
}

/**
 * Searches the tier groups in order. A later group only ranks after an earlier one, so `paintHead`
 * gets the first FIRST_PAINT results as soon as the groups searched so far hold them: on a large
 * index each group costs a search. Returns every group's results and their ranking, or null once
 * `isCurrent` fails.
 */
async function searchGroups(
  pf: Pagefind,
  queries: (string | null)[],
  filters: Filters,
  tierOrder: string[][],
  isCurrent: () => boolean,
  paintHead: (head: { d: PagefindData; tier: number }[]) => void,
): Promise<{ found: TierResults; ranked: RankedHit[] } | null> {
  const found: TierResults = [];
  let ranked: RankedHit[] = [];
  let headShown = false;
  for (const tiers of tierOrder) {
    found.push(await searchTierGroup(pf, queries, filters, tiers));
    if (!isCurrent()) return null;
    ranked = rankTiers(found);
    if (headShown || (ranked.length < FIRST_PAINT && found.length < tierOrder.length)) continue;
    const head = await Promise.all(ranked.slice(0, FIRST_PAINT).map(fetchData));
    if (!isCurrent()) return null;
    paintHead(head);
    headShown = true;
  }
  return { found, ranked };
}

/** Ranks each tier group on its own (sentences lifted), then concatenates the groups: the first page. */
function rankTiers(found: TierResults): RankedHit[] {
  return found
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
}

/** Distinct records over every tier and query variant. */
function countDistinct(found: TierResults): number {
  return new Set(found.flat(2).flatMap((r) => r.results.map((x) => x.id))).size;
}

function statusText(messages: SearchPageElements['messages'], total: number, q: string): string {
  const forQuery = q ? messages.forQuery.replace('{q}', q) : '';
  return (total ? messages.results.replace('{n}', String(total)) : messages.none).replace('{for}', forQuery);
}

function fetchData(h: RankedHit): Promise<{ d: PagefindData; tier: number }> {
  return h.item.res.data().then((d) => ({ d: withoutVariantTokens(d), tier: h.item.tier }));
}

/** The first results in phrase-match order (exact, then folded, then Pagefind's). */
function orderFirstResults(q: string, head: { d: PagefindData; tier: number }[]): PagefindData[] {
  return orderByMatch(
    q,
    head.map((x) => ({ item: x.d, text: x.d.content, isRecord: x.d.meta.kind === 'Chỉ tiêu' || x.d.meta.kind === 'Kết quả', tier: x.tier })),
  );
}

function renderResult(d: PagefindData, sectionLabel: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = d.url;
  a.className = 'search-results__title';
  a.textContent = d.meta.title ?? d.url;
  li.append(a);
  if (d.meta.section) {
    const s = document.createElement('p');
    s.className = 'search-results__section';
    s.textContent = sectionLabel.replace('{section}', stripDVariants(d.meta.section));
    li.append(s);
  }
  const p = document.createElement('p');
  p.innerHTML = d.excerpt; // Pagefind escapes the text and adds only <mark>
  li.append(p);
  return li;
}

/** Runs `fn` once the browser reports the page's first contentful paint, or after FIRST_PAINT_WAIT_MS if it reports none. */
function afterFirstPaint(fn: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    fn();
  };
  if (performance.getEntriesByName('first-contentful-paint').length) return go();
  try {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return; // the first paint may come first
      observer.disconnect();
      go();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing in this browser: the timeout below starts the search.
  }
  setTimeout(go, FIRST_PAINT_WAIT_MS);
}

export function initSearch(): void {
  const page = readSearchPage();
  const { q: initialQuery, selected } = readUrlState();
  const load = indexLoader(page.indexUrl, (pf) => void renderFilters(pf, page.filterBox, selected, () => void run(page.input.value)));
  let seq = 0;

  /** One search: a later call makes an earlier one stop before it paints. */
  async function run(q: string): Promise<void> {
    const mine = ++seq;
    const query = q.trim();
    writeUrlState(query, selected);
    const filters = activeFilters(selected);
    if (!query && !Object.keys(filters).length) {
      page.list.replaceChildren();
      page.status.textContent = '';
      return;
    }
    const pf = await load();
    const queries = query ? expandQuery(q, page.glossary) : [null];
    const searched = await searchGroups(
      pf,
      queries,
      filters,
      page.tierOrder,
      () => mine === seq,
      (head) => {
        page.status.textContent = '';
        page.list.replaceChildren(...orderFirstResults(q, head).map((d) => renderResult(d, page.messages.section)));
      },
    );
    if (!searched) return;
    const { found, ranked } = searched;
    // The count is written once every group is known, so a screen reader hears one number.
    page.status.textContent = statusText(page.messages, ranked.length && countDistinct(found), query);
    const rest = await Promise.all(ranked.slice(FIRST_PAINT).map(fetchData));
    if (mine !== seq) return;
    page.list.append(...rest.map((x) => renderResult(x.d, page.messages.section)));
  }

  page.input.value = initialQuery;
  // A query in the URL is searched once the page has painted: loading and compiling the index is main-thread work
  // that would otherwise hold back the first paint of the form and the heading (one frame later for the results).
  if (initialQuery || selected.size) afterFirstPaint(() => void run(initialQuery));
  // The index loads when the reader is about to type, not with the page.
  page.input.addEventListener('focus', () => void load(), { once: true });
  let timer: number | undefined;
  let lastInput = -Infinity;
  page.input.addEventListener('input', () => {
    clearTimeout(timer);
    const now = performance.now();
    const inBurst = now - lastInput < DEBOUNCE_MS;
    lastInput = now;
    // The first keystroke after a pause (or a pasted query) searches at once; only the rest of a burst waits.
    if (!inBurst) return void run(page.input.value);
    // Fetch the index chunks for what is typed while the debounce waits.
    const typed = page.input.value.trim();
    if (typed) void load().then((pf) => pf.preload?.(typed));
    timer = window.setTimeout(() => void run(page.input.value), DEBOUNCE_MS);
  });
  page.form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(page.input.value);
  });
}
