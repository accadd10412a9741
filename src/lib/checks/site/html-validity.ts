/** Valid HTML: html-validate's recommended rules, with the exceptions below (each says why). */
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { SiteCheck, SiteProblem } from './types.ts';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    // html-validate counts <details> as sectioning content; in HTML it is a sectioning root, and a
    // comparability note in a row header (<th><details>) is allowed.
    { details: { sectioning: false } },
  ],
  rules: {
    // HTML5 ids may start with a digit; heading ids follow the documents' numbering ("1-muc-dich").
    'valid-id': ['error', { relaxed: true }],
    // Checkboxes of one filter share a name: that is how a form sends several values.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // <br /> and <br> are both valid; the Markdown engine writes the first.
    'void-style': 'off',
    // Document titles are the official titles, which are long; the <title> keeps them whole.
    'long-title': 'off',
    // Text inside restored documents keeps the source's spacing.
    'no-trailing-whitespace': 'off',
  },
};

export const htmlValidityCheck: SiteCheck = {
  name: 'html',
  run(site) {
    const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
    const problems: SiteProblem[] = [];
    for (const [url, page] of site.pages) {
      const report = validator.validateStringSync(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) {
          problems.push({
            page: url,
            message: `${m.ruleId}: ${m.message} (line ${m.line}:${m.column}, ${m.selector ?? ''})`,
            fix: `see https://html-validate.org/rules/${m.ruleId}.html`,
          });
        }
      }
    }
    return { check: this.name, checked: site.pages.size, problems };
  },
};
