/** `s` as a literal inside a regular expression (pure; also shipped in the search page's script). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
