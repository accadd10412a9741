/**
 * Index-side đ folding for Pagefind (issue #11).
 *
 * Pagefind folds tone marks when it indexes ("chuyển" is also found as "chuyen") but not đ, which
 * has no Unicode decomposition: "đổi" is indexed as "đoi", so "doi" and "chuyen doi so" miss.
 * Pagefind has no hook for its tokenizer, so the text we hand to the indexer (never the served
 * page) carries, after every word with đ/Đ, a variant token with đ read as d, between tildes:
 * "chuyển đổi ~dổi~ số". Pagefind drops the tildes when it indexes, so the variant is found as
 * "doi" (and as "dổi"); the word itself stays indexed as written, so a query typed with đ still
 * ranks exact matches first. The search page removes the tokens from excerpts and titles.
 */

/** Words with đ/Đ; the lookahead keeps the token out of attribute-like text. */
const D_WORD = /[^\s<>~]*[đĐ][^\s<>~]*/gu;

/** A word's variant token, or null when it has no đ. "đổi" → "~dổi~", "749/QĐ-TTg" → "~749/QD-TTg~". */
export function dVariantToken(word: string): string | null {
  if (!/[đĐ]/u.test(word)) return null;
  return `~${word.replace(/đ/gu, 'd').replace(/Đ/gu, 'D')}~`;
}

/** Plain text with a variant token after each word that has đ/Đ. */
export function withDVariants(text: string): string {
  return text.replace(D_WORD, (word) => `${word} ${dVariantToken(word)}`);
}

/**
 * The same for an HTML page: only text between tags inside <body>, never inside <script>,
 * <style> or attributes, so the page Pagefind reads differs from the served one only by tokens.
 */
export function withDVariantsInHtml(html: string): string {
  const bodyAt = html.search(/<body[\s>]/i);
  if (bodyAt < 0) return html;
  const head = html.slice(0, bodyAt);
  const body = html.slice(bodyAt);
  // Split into tags, raw-text elements and text; only the text parts change.
  const parts = body.split(/(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>)/i);
  return head + parts.map((p, i) => (i % 2 === 1 ? p : withDVariants(p))).join('');
}

/** A token as it appears in Pagefind's text output (excerpts, content, titles). */
const TOKEN = /~[^\s~<>]+~/u;

/**
 * Removes the variant tokens from a Pagefind excerpt (HTML with <mark>). A token that carries the
 * match moves its highlight to the word it stands for: "đổi <mark>~dổi~</mark>" → "<mark>đổi</mark>".
 */
export function stripDVariants(excerpt: string): string {
  return excerpt
    .replace(new RegExp(`(<mark>)?([^\\s<>]+)(</mark>)?\\s+<mark>${TOKEN.source}</mark>`, 'gu'), (_m, _o, word) => `<mark>${word}</mark>`)
    .replace(new RegExp(`\\s*(?:<mark>)?${TOKEN.source}(?:</mark>)?`, 'gu'), '')
    .replace(/^\s+/u, ''); // an excerpt cut just after a word can start with its token
}

/**
 * Numbers typed without their separators (issue #19): "8.123" is also found as "8123", "51,45%"
 * as "5145" and "51.45"; the variant tokens follow the same convention as the đ tokens.
 */
const SEPARATED_NUMBER = /(?<![\p{L}\p{N}~])\d+(?:[.,]\d+)+/gu;
/** A word (no spaces, tags or tokens) holding such a number. */
const NUMBER_WORD = /[^\s<>~]*\d[.,]\d[^\s<>~]*/gu;

/** Plain text with, after each word holding a separated number, its variants: "51,45%" → "51,45% ~5145~ ~51.45~". */
export function withNumberVariants(text: string): string {
  return text.replace(NUMBER_WORD, (word) => {
    const variants = new Set<string>();
    for (const [n] of word.matchAll(SEPARATED_NUMBER)) {
      variants.add(n.replace(/[.,]/g, ''));
      variants.add(n.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')));
    }
    const tokens = [...variants].map((v) => `~${v}~`);
    return tokens.length ? `${word} ${tokens.join(' ')}` : word;
  });
}

/** Text handed to the indexer: đ variants and number variants. */
export function withIndexVariants(text: string): string {
  return withNumberVariants(withDVariants(text));
}
