/** The site's public address: canonical URLs, sitemap.xml and robots.txt are built from it. */
export const SITE_URL = 'https://chuyendoiso-diaphuong.example';

/** Where readers' error reports go ("Báo lỗi" on each passage of a document). The only place to change it. */
export const CONTACT_EMAIL = 'lienhe@chuyendoiso-diaphuong.example';
