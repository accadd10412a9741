/** The site's public address: canonical URLs, sitemap.xml and robots.txt are built from it. */
export const SITE_URL = 'https://chuyendoiso-diaphuong.example';
