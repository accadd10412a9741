/** The interface string tables and how pages read them. */
import { en } from './en.ts';
import { vi, type UiKey, type UiStrings } from './vi.ts';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const STRINGS: Record<Lang, UiStrings> = { vi, en };
export type { UiKey, UiStrings };

/** The string for `key` in `lang`, with {placeholders} filled; an unknown placeholder throws (a typo would otherwise ship). */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`i18n: "${key}" (${lang}) needs a value for {${name}}`);
    return String(params[name]);
  });
}

/** Problems with the tables: a key missing or extra in a language, an empty value, placeholders that differ. */
export function stringTableIssues(tables: Record<string, Record<string, string>> = STRINGS): { file: string; field: string; message: string }[] {
  const issues: { file: string; field: string; message: string }[] = [];
  const [ref, ...others] = Object.keys(tables) as string[];
  const keys = new Set(Object.keys(tables[ref!]!));
  const placeholders = (s: string) =>
    [...s.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1])
      .sort()
      .join(',');
  for (const lang of Object.keys(tables)) {
    const table = tables[lang]!;
    for (const [k, v] of Object.entries(table)) {
      if (!v.trim()) issues.push({ file: `src/i18n/${lang}.ts`, field: k, message: 'empty string; write the text' });
      if (v !== v.normalize('NFC')) issues.push({ file: `src/i18n/${lang}.ts`, field: k, message: 'not Unicode NFC; normalise and save again' });
    }
    if (lang === ref) continue;
    for (const k of keys)
      if (!(k in table))
        issues.push({ file: `src/i18n/${lang}.ts`, field: k, message: `key missing; add its ${lang} text (the ${ref} text is "${tables[ref!]![k]}")` });
    for (const k of Object.keys(table)) {
      if (!keys.has(k)) issues.push({ file: `src/i18n/${ref}.ts`, field: k, message: `key missing; add its ${ref} text or remove it from ${lang}.ts` });
      else if (placeholders(table[k]!) !== placeholders(tables[ref!]![k]!))
        issues.push({
          file: `src/i18n/${lang}.ts`,
          field: k,
          message: `placeholders differ from ${ref}.ts ({${placeholders(tables[ref!]![k]!)}}); use the same names`,
        });
    }
  }
  void others;
  return issues;
}

export { localePath, splitLocalePath, otherLanguagePath, languageSwitchPath, isTranslated } from './routes.ts';

/** `t` bound to one language, for a component that renders in the language it is given. */
export const translator =
  (lang: Lang) =>
  (key: UiKey, params: Record<string, string | number> = {}): string =>
    t(lang, key, params);
