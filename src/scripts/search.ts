/** Search page enhancement: runs Pagefind on the query in the URL and as the user types. */
interface PagefindResult { url: string; meta: { title?: string }; excerpt: string; sub_results?: { url: string; title: string; excerpt: string }[] }
interface Pagefind { search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>; init?(): Promise<void> }

export function initSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  let pagefind: Pagefind | null = null;
  let seq = 0;

  async function load(): Promise<Pagefind> {
    if (!pagefind) {
      const path = '/pagefind/pagefind.js';
      pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
      await pagefind.init?.();
    }
    return pagefind;
  }

  async function run(q: string): Promise<void> {
    const mine = ++seq;
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q.trim()) { list.replaceChildren(); status.textContent = ''; return; }
    const pf = await load();
    const found = await pf.search(q);
    const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    if (mine !== seq) return;
    status.textContent = found.results.length ? `${found.results.length} kết quả cho “${q}”` : `Không có kết quả cho “${q}”`;
    list.replaceChildren(...data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      const best = d.sub_results?.[0];
      a.href = best?.url ?? d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      p.innerHTML = best?.excerpt ?? d.excerpt; // Pagefind escapes text and adds only <mark>
      li.append(a, p);
      if (best && best.title) { const s = document.createElement('p'); s.className = 'search-results__section'; s.textContent = `Mục: ${best.title}`; li.insertBefore(s, p); }
      return li;
    }));
  }

  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  if (q) void run(q);
  let timer: number | undefined;
  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => void run(input.value), 120); });
  form.addEventListener('submit', (e) => { e.preventDefault(); void run(input.value); });
}
