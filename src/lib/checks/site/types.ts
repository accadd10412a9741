/** Checks over the built site (dist/): small units, each returning a typed report (issue #12). */

/** One HTML page of the build. */
export interface BuiltPage {
  /** Site path with trailing slash, e.g. "/van-ban/ha-tien-ke-hoach-chuyen-doi-so-2023/". */
  url: string;
  /** File path relative to the dist directory, e.g. "van-ban/…/index.html". */
  file: string;
  html: string;
}

/** The built site as the checks see it. */
export interface BuiltSite {
  /** Absolute path of the dist directory. */
  dir: string;
  /** Pages by site path. */
  pages: Map<string, BuiltPage>;
  /** The site's public origin (astro.config `site`), e.g. "https://chuyendoiso-diaphuong.example". */
  origin: string;
}

/** One problem on one page: what is wrong and how to fix it. */
export interface SiteProblem {
  page: string;
  message: string;
  fix: string;
}

export interface SiteCheckReport {
  /** Name of the check unit, e.g. "links". */
  check: string;
  /** How many things were checked (pages, links, files), for the summary line. */
  checked: number;
  problems: SiteProblem[];
}

export interface SiteCheck {
  name: string;
  run(site: BuiltSite): SiteCheckReport;
}
