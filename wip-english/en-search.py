p='/work/wt-english/src/scripts/search.ts'
s=open(p).read()
def rep(a,b):
    global s
    assert a in s, a[:60]
    s=s.replace(a,b,1)
rep("""  const form = document.getElementById('search-form') as HTMLFormElement;
""","""  const form = document.getElementById('search-form') as HTMLFormElement;
  // Messages and filter legends come from the page (src/i18n via data-msg-* / data-labels), Vietnamese by default.
  const say = (key: string, fallback: string, vars: Record<string, string | number>) => (form.dataset[key] ?? fallback).replace(/\\{(\\w+)\\}/g, (_, k: string) => String(vars[k] ?? ''));
""")
rep("""    status.textContent = total ? `${total} kết quả${q.trim() ? ` cho “${q.trim()}”` : ''}` : `Không có kết quả${q.trim() ? ` cho “${q.trim()}”` : ''}. Thử bỏ bớt từ hoặc bộ lọc.`;""","""    const forQ = q.trim() ? say('msgFor', ' cho “{q}”', { q: q.trim() }) : '';
    status.textContent = total ? say('msgResults', '{n} kết quả{for}', { n: total, for: forQ }) : say('msgNone', 'Không có kết quả{for}. Thử bỏ bớt từ hoặc bộ lọc.', { for: forQ });""")
rep("""      s.textContent = `Mục: ${best.title}`;""","""      s.textContent = say('msgSection', 'Mục: {title}', { title: best.title });""")
rep("""      legend.textContent = name;""","""      legend.textContent = (JSON.parse(filterBox.dataset.labels ?? '{}') as Record<string, string>)[name] ?? name;""")
open(p,'w').write(s)
print('search ok')
