/**
 * What a page of one edition starts from: its interface strings, its URLs, its date and number
 * formats, the content and the site model's names in its language. Page components take a `lang`
 * and destructure what they use: `const { s, u, content, names } = editionOf(lang);`.
 */
import { siteModel } from './content/model.ts';
import { urlsIn } from './urls.ts';
import { formatDateIn, formatNumberIn } from './format.ts';
import { translator, type Lang } from '../i18n/index.ts';

export function editionOf(lang: Lang) {
  const model = siteModel();
  return {
    lang,
    /** Interface strings: s('nav.localities'). */
    s: translator(lang),
    /** Internal URLs of this edition. */
    u: urlsIn(lang),
    date: formatDateIn(lang),
    fmt: formatNumberIn(lang),
    content: model.content,
    model,
    /** Names, labels and document labels in this language. */
    names: model.namesIn(lang),
  };
}
