/** Every internal URL is built here, so links and pages cannot drift apart. */
export const urls = {
  home: () => '/',
  documents: () => '/van-ban/',
  document: (slug: string, anchor?: string) => `/van-ban/${slug}/${anchor ? `#${anchor}` : ''}`,
  documentSource: (slug: string, line?: number) => `/van-ban/${slug}/nguon/${line ? `#L${line}` : ''}`,
  documentCompare: (slug: string, anchor?: string) => `/van-ban/${slug}/doi-chieu/${anchor ? `#${anchor}` : ''}`,
  locality: (id: string) => `/dia-phuong/${id}/`,
  localities: () => '/dia-phuong/',
  pillar: (id: string) => `/chu-de/${id}/`,
  sector: (id: string) => `/linh-vuc/${id}/`,
  topics: () => '/chu-de/',
  method: () => '/phuong-phap/',
  consistency: (id?: string) => `/doi-chieu-so-lieu/${id ? `#${id}` : ''}`,
  documentTableCsv: (slug: string, table: number) => `/van-ban/${slug}/bang-${table}.csv`,
  search: (q?: string) => `/tim-kiem/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
};
