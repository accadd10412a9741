/**
 * No page scrolls sideways on a phone (issue #20): every page of the built site, at 320 px, fits
 * its width. A failure names the elements that stick out. Content inside a deliberate scroll
 * container (a labelled, keyboard-reachable region such as a wide table's) does not count.
 */
import { expect, test } from './fixtures.ts';
import { builtPages } from './site-pages.ts';

/** Runs in the page: what sticks out past the right (or left) edge, outside any scroll container. */
function findOverflow() {
  const width = document.documentElement.clientWidth;
  const name = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      let part = e.tagName.toLowerCase();
      if (e.id) part += `#${e.id}`;
      else if (e.classList.length) part += `.${[...e.classList].join('.')}`;
      parts.unshift(part);
      if (e.id) break;
    }
    return parts.join(' > ');
  };
  const scrolls = (el: Element) => el !== document.body && el !== document.documentElement && /auto|scroll/.test(getComputedStyle(el).overflowX);
  // A box that scrolls or clips (overflow other than visible) keeps what it holds from widening the page.
  const contains = (el: Element) => el !== document.body && el !== document.documentElement && getComputedStyle(el).overflowX !== 'visible';
  const insideContainer = (from: Element | null) => {
    for (let e = from; e && e !== document.body; e = e.parentElement) if (contains(e)) return true;
    return false;
  };
  const offenders = new Map<Element, number>();
  /** `el` is the element a box or text belongs to; `from` the first element that could contain it. */
  const note = (el: Element, from: Element | null, right: number, left: number) => {
    if (right <= width + 0.5 && left >= -0.5) return;
    if (insideContainer(from)) return;
    offenders.set(el, Math.max(offenders.get(el) ?? 0, Math.round(right)));
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      if (!n.textContent?.trim() || !n.parentElement) continue;
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (r.width || r.height) note(n.parentElement, n.parentElement, r.right, r.left);
    } else {
      const r = (n as Element).getBoundingClientRect();
      if (r.width && r.height) note(n as Element, (n as Element).parentElement, r.right, r.left);
    }
  }
  // Name the innermost elements that stick out: their ancestors stick out only because of them.
  const innermost = [...offenders.keys()].filter((el) => ![...offenders.keys()].some((o) => o !== el && el.contains(o)));
  // A scroll container that does scroll must say what it holds and be reachable by keyboard: focusable
  // itself, or holding links or controls whose focus scrolls it (axe's scrollable-region-focusable).
  const keyboard = (el: Element) =>
    el.getAttribute('tabindex') === '0' || el.querySelector('a[href], button, input, select, textarea, [tabindex="0"]') !== null;
  const unlabelled = [...document.body.querySelectorAll('*')]
    .filter((el) => scrolls(el) && el.scrollWidth > el.clientWidth + 1 && !(el.getAttribute('aria-label') && keyboard(el)))
    .map(name);
  return {
    scrollWidth: document.documentElement.scrollWidth,
    width,
    offenders: innermost.slice(0, 8).map((el) => `${name(el)} (right edge ${offenders.get(el)} px)`),
    unlabelled,
  };
}

for (const path of [...builtPages(), '/404.html']) {
  test(`${path} does not scroll sideways on a 320 px wide phone`, async ({ phonePage: page }) => {
    await page.goto(path, { waitUntil: 'load' });
    const result = await page.evaluate(findOverflow);
    expect(result.offenders, `elements wider than the ${result.width} px screen`).toEqual([]);
    expect(result.scrollWidth, 'page width').toBeLessThanOrEqual(result.width);
    expect(result.unlabelled, 'scroll containers without a label (aria-label) or keyboard access (tabindex="0" or focusable content)').toEqual([]);
  });
}
