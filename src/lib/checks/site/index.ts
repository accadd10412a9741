/** All checks over the built site, in the order they are reported. */
import { comparisonCheck } from './comparison.ts';
import { cspCheck } from './csp.ts';
import { fontPreloadsCheck } from './font-preloads.ts';
import { htmlValidityCheck } from './html-validity.ts';
import { jsBudgetCheck } from './js-budget.ts';
import { dataLinksCheck, linksCheck } from './links.ts';
import { metadataCheck } from './metadata.ts';
import { sitemapCheck } from './sitemap.ts';
import type { BuiltSite, SiteCheck, SiteCheckReport } from './types.ts';

export const SITE_CHECKS: SiteCheck[] = [
  linksCheck,
  dataLinksCheck,
  htmlValidityCheck,
  metadataCheck,
  cspCheck,
  jsBudgetCheck,
  fontPreloadsCheck,
  sitemapCheck,
  comparisonCheck,
];

export function runSiteChecks(site: BuiltSite, only?: string[]): SiteCheckReport[] {
  return SITE_CHECKS.filter((c) => !only?.length || only.includes(c.name)).map((c) => c.run(site));
}
