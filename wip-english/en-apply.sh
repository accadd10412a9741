set -e
cd /work/wt-english
cp -r /tmp/stash-tree/src/. src/
cp -r /tmp/stash-tree/tests/. tests/
python3 /tmp/en-base.py
python3 /tmp/en-search.py
python3 /tmp/en-strings.py
python3 - <<'PY'
p='/work/wt-english/src/components/cite/TargetRecord.astro'
s=open(p).read()
s=s.replace("import { formatNumber } from '../../lib/format.ts';","import { formatNumber } from '../../lib/format.ts';\nimport { formatFigureEn } from '../../lib/english.ts';")
s=s.replace("const figure = formatFigure(row, lang === 'en' ? (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(n) : formatNumber);","const figure = lang === 'en' ? formatFigureEn(row) : formatFigure(row, formatNumber);")
open(p,'w').write(s)
p='/work/wt-english/astro.config.mjs'
s=open(p).read()
s=s.replace("  trailingSlash: 'always',","  trailingSlash: 'always',\n  // English edition under /en/ (src/pages/en/), Vietnamese without a prefix.\n  i18n: { locales: ['vi', 'en'], defaultLocale: 'vi', routing: { prefixDefaultLocale: false } },",1)
open(p,'w').write(s)
PY
cat >> src/styles/global.css <<'CSS'
/* Language switch (Base.astro): to the same page in the other language. */
.lang-switch { font-family: var(--font-ui); font-size: 0.9rem; padding: 0.25rem 0.5rem; }
CSS
echo applied
