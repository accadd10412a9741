import { describe, expect, it } from 'vitest';
import { isTranslated, languageSwitchPath, localePath, otherLanguagePath } from '../../src/i18n/index.ts';
import { urls, urlsIn } from '../../src/lib/urls.ts';
import { formatFigure } from '../../src/lib/compare/matrix.ts';
import { formatDateIn, formatNumberIn } from '../../src/lib/format.ts';
import { hreflangAlternates, sitemapXml } from '../../src/lib/host-files.ts';
import { siteModel } from '../../src/lib/content/model.ts';

describe('the mapping between the two editions', () => {
  it('puts a page that has an English twin under /en/ and leaves the others Vietnamese', () => {
    expect(localePath('en', '/van-ban/')).toBe('/en/van-ban/');
    expect(localePath('en', '/so-sanh/2025/?tru-cot=x')).toBe('/en/so-sanh/2025/?tru-cot=x');
    expect(localePath('en', '/van-ban/abc/nguon/')).toBe('/en/van-ban/abc/nguon/');
    expect(localePath('en', '/van-ban/abc/bang-1.csv')).toBe('/van-ban/abc/bang-1.csv');
    expect(localePath('vi', '/van-ban/')).toBe('/van-ban/');
  });
  it('keeps a link to a passage of a document on the Vietnamese text, where the passage is', () => {
    expect(isTranslated('/van-ban/abc/')).toBe(true);
    expect(isTranslated('/van-ban/abc/#tg112-2025-x')).toBe(false);
    expect(urlsIn('en').document('abc', 'p-3')).toBe('/van-ban/abc/#p-3');
    expect(urlsIn('en').document('abc')).toBe('/en/van-ban/abc/');
  });
  it('leaves data files shared by both editions', () => {
    expect(urlsIn('en').dataFile('targets.csv')).toBe(urls.dataFile('targets.csv'));
    expect(urlsIn('vi')).toBe(urls);
  });
  it('names the same page in the other language both ways', () => {
    expect(otherLanguagePath('/so-sanh/2025/')).toEqual({ lang: 'en', path: '/en/so-sanh/2025/' });
    expect(otherLanguagePath('/en/so-sanh/2025/')).toEqual({ lang: 'vi', path: '/so-sanh/2025/' });
    expect(otherLanguagePath('/en/')).toEqual({ lang: 'vi', path: '/' });
    expect(otherLanguagePath('/van-ban/abc/nguon/')).toEqual({ lang: 'en', path: '/en/van-ban/abc/nguon/' });
    expect(otherLanguagePath('/van-ban/abc/bang-1.csv')).toBeNull();
  });
  it('switches language on the same page, else on the nearest enclosing page that has a twin', () => {
    expect(languageSwitchPath('/van-ban/abc/')).toEqual({ lang: 'en', path: '/en/van-ban/abc/', samePage: true });
    expect(languageSwitchPath('/en/van-ban/abc/')).toEqual({ lang: 'vi', path: '/van-ban/abc/', samePage: true });
    expect(languageSwitchPath('/van-ban/abc/nguon/')).toEqual({ lang: 'en', path: '/en/van-ban/abc/nguon/', samePage: true });
    expect(languageSwitchPath('/van-ban/abc/khong-co/')).toEqual({ lang: 'en', path: '/en/van-ban/abc/', samePage: false });
    expect(languageSwitchPath('/khong-co/')).toEqual({ lang: 'en', path: '/en/', samePage: false });
  });
});

describe('figures and dates in each edition', () => {
  const range = { comparator: 'range', value: 1234.5, value_max: 2000, unit: 'percent-per-year' };
  it('write numbers the way each edition’s readers do', () => {
    expect(formatFigure(range, formatNumberIn('vi'), 'vi')).toBe('1.234,5–2.000%/năm');
    expect(formatFigure(range, formatNumberIn('en'), 'en')).toBe('1,234.5–2,000% per year');
    expect(formatFigure({ comparator: 'rank', value: 20, value_max: null, unit: 'rank' }, formatNumberIn('en'), 'en')).toBe('top 20');
    expect(formatFigure({ comparator: '≥', value: null, value_max: null, unit: null }, formatNumberIn('en'), 'en')).toBe('no figure given');
  });
  it('write dates the way each edition’s readers do', () => {
    expect(formatDateIn('vi')('2023-03-31')).toBe('31/03/2023');
    expect(formatDateIn('en')('2023-03-31')).toBe('31 March 2023');
  });
});

describe('names in the site model', { timeout: 60_000 }, () => {
  const model = siteModel();
  it('come from content/vocab/en.yaml in English and from the vocabularies in Vietnamese', () => {
    const doc = model.content.documents.find((d) => d.meta.docType === 'ke-hoach' && d.meta.number)!;
    expect(model.namesIn('vi').documentLabel(doc)).toBe(`Kế hoạch ${doc.meta.number}`);
    expect(model.namesIn('en').documentLabel(doc)).toBe(`Plan ${doc.meta.number}`);
    expect(model.namesIn('en').pillar('kinh-te-so').name).toBe('Digital economy');
    expect(model.namesIn('en').unit('percent-per-year')).toBe('% per year');
  });
  it('refuse an id that has no English entry, naming it', () => {
    expect(() => model.namesIn('en').indicator('khong-co')).toThrow(/"khong-co"/);
  });
});

describe('the sitemap', () => {
  it('lists each page with its language alternates', () => {
    const html = '<link rel="alternate" hreflang="en" href="https://x.example/en/"><link rel="alternate" hreflang="vi" href="https://x.example/">';
    const alternates = hreflangAlternates(html);
    expect(alternates).toEqual([
      { hreflang: 'en', href: 'https://x.example/en/' },
      { hreflang: 'vi', href: 'https://x.example/' },
    ]);
    const xml = sitemapXml(['https://x.example/'], new Map([['https://x.example/', alternates]]));
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://x.example/en/"/>');
  });
});
