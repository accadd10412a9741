/** The site's public address: canonical URLs, sitemap.xml and robots.txt are built from it. */
export const SITE_URL = 'https://chuyendoiso-diaphuong.example';

/** The placeholder contact address (the repository states no real one); `.example` never delivers mail. */
export const PLACEHOLDER_CONTACT_EMAIL = 'lienhe@chuyendoiso-diaphuong.example';

/** An address given at build time (CDS_CONTACT_EMAIL), checked; the placeholder when none is given. */
export function contactEmailFrom(value: string | undefined): string {
  if (value === undefined || value === '') return PLACEHOLDER_CONTACT_EMAIL;
  if (!/^[^@\s?&#]+@[^@\s?&#]+\.[^@\s?&#]+$/.test(value))
    throw new Error(`CDS_CONTACT_EMAIL="${value}" is not an e-mail address; set it like CDS_CONTACT_EMAIL=lienhe@example.org, or unset it for the placeholder`);
  return value;
}

/**
 * Where readers' error reports go ("Báo lỗi" on each passage of a document). The only place to change it:
 * here, or CDS_CONTACT_EMAIL when building. In the browser (no process) this is the placeholder, so the
 * page script takes the address from the link the build wrote (src/scripts/report-error.ts).
 */
export const CONTACT_EMAIL = contactEmailFrom(globalThis.process?.env?.CDS_CONTACT_EMAIL);
