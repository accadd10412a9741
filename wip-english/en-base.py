p='/work/wt-english/src/layouts/Base.astro'
s=open(p).read()
def rep(a,b):
    global s
    assert a in s, a[:60]
    s=s.replace(a,b,1)
rep("""import { cspMeta } from '../lib/security/csp.ts';
""","""import { cspMeta } from '../lib/security/csp.ts';
import { localePath, t, type Lang } from '../i18n/index.ts';
import { otherLanguagePath } from '../i18n/routes.ts';
""")
rep("""  pagefind?: { filters?: Record<string, string[]>; meta?: Record<string, string> };
}
const { title,""","""  pagefind?: { filters?: Record<string, string[]>; meta?: Record<string, string> };
  /** Language of the page: 'en' for the English edition under /en/. */
  lang?: Lang;
}
const { lang = 'vi', title,""")
rep("""const siteName = 'Chuyển đổi số địa phương';""","""const siteName = t(lang, 'site.name');""")
rep("""const nav = [
  { href: urls.documents(), label: 'Văn bản' },
  { href: urls.localities(), label: 'Địa phương' },
  { href: urls.topics(), label: 'Chủ đề' },
  { href: '/so-sanh/', label: 'So sánh' },
  { href: '/chi-tieu/', label: 'Chỉ tiêu' },
  { href: '/du-lieu/', label: 'Dữ liệu mở' },
  { href: '/thuat-ngu/', label: 'Thuật ngữ' },
  { href: urls.search(), label: 'Tìm kiếm' },
  { href: urls.method(), label: 'Phương pháp' },
];""","""const nav = ([
  { href: urls.documents(), label: t(lang, 'nav.documents') },
  { href: urls.localities(), label: t(lang, 'nav.localities') },
  { href: urls.topics(), label: t(lang, 'nav.topics') },
  { href: '/so-sanh/', label: t(lang, 'nav.compare') },
  { href: '/chi-tieu/', label: t(lang, 'nav.targets') },
  { href: '/du-lieu/', label: t(lang, 'nav.data') },
  { href: '/thuat-ngu/', label: t(lang, 'nav.glossary') },
  { href: urls.search(), label: t(lang, 'nav.search') },
  { href: urls.method(), label: t(lang, 'nav.method') },
]).map((item) => ({ ...item, href: localePath(lang, item.href) }));
// The same page in the other language (the switch and hreflang), when it exists.
const other = otherLanguagePath(path);
const alternates = other ? [{ lang, href: new URL(path, Astro.site).href }, { lang: other.lang, href: new URL(other.path, Astro.site).href }] : [];
const home = localePath(lang, '/');""")
rep("""<html lang="vi">""","""<html lang={lang}>""")
rep("""    <link rel="canonical" href={canonical} />
""","""    <link rel="canonical" href={canonical} />
    {alternates.map((a) => <link rel="alternate" hreflang={a.lang} href={a.href} />)}
    {alternates.length > 0 && <link rel="alternate" hreflang="x-default" href={alternates.find((a) => a.lang === 'vi')!.href} />}
""")
rep("""<a class="skip-link" href="#noi-dung">Bỏ qua, tới nội dung chính</a>""","""<a class="skip-link" href="#noi-dung">{t(lang, 'site.skip')}</a>""")
rep("""        <a class="site-title" href="/">{siteName}</a>
        <nav class="site-nav" aria-label="Điều hướng chính">""","""        <a class="site-title" href={home}>{siteName}</a>
        {other && <a class="lang-switch" href={other.path} hreflang={other.lang} lang={other.lang} title={t(lang, 'lang.otherHint')}>{t(lang, 'lang.other')}</a>}
        <nav class="site-nav" aria-label={t(lang, 'site.navLabel')}>""")
rep("""        <form class="site-search" role="search" aria-label="Tìm nhanh" action="/tim-kiem/" method="get">
          <label class="sr-only" for="site-search-q">Tìm trong văn bản và chỉ tiêu</label>
          <input id="site-search-q" name="q" type="search" placeholder="Tìm, có dấu hoặc không dấu" autocomplete="off" />
          <button type="submit">Tìm</button>""","""        <form class="site-search" role="search" aria-label={t(lang, 'search.formLabel')} action={localePath(lang, '/tim-kiem/')} method="get">
          <label class="sr-only" for="site-search-q">{t(lang, 'search.inputLabel')}</label>
          <input id="site-search-q" name="q" type="search" placeholder={t(lang, 'search.placeholder')} autocomplete="off" />
          <button type="submit">{t(lang, 'search.submit')}</button>""")
rep("""        <p>Văn bản được phục hồi từ bản OCR, đối chiếu từng câu với nguồn; xem <a href={urls.method()}>phương pháp</a>. Dữ liệu mở theo giấy phép CC BY 4.0; văn bản hành chính nhà nước không thuộc đối tượng bảo hộ quyền tác giả.</p>""","""        <p>{t(lang, 'site.footer', { method: '\\u0000' }).split('\\u0000').map((part, i) => <>{i > 0 && <a href={localePath(lang, urls.method())}>{t(lang, 'site.footerMethod')}</a>}{part}</>)}</p>""")
open(p,'w').write(s)
print('base ok')
