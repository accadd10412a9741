// Sätteri hast plugin: gives every Markdown heading a deterministic ASCII id
// ("I. MỤC ĐÍCH, YÊU CẦU" → "i-muc-dich-yeu-cau"), so links survive rebuilds and
// read well when shared. Runs before Astro's own heading-ids plugin, which keeps
// an id that is already set. Headings with an explicit id are left alone.
import { slugify } from '../text/fold.ts';

export function asciiHeadingIds() {
  return () => {
    const seen = new Map();
    return {
      name: 'ascii-heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          if (typeof node.properties?.id === 'string') return;
          const base = slugify(ctx.textContent(node)) || 'muc';
          const n = seen.get(base) ?? 0;
          seen.set(base, n + 1);
          ctx.setProperty(node, 'id', n ? `${base}-${n}` : base);
        },
      },
    };
  };
}
