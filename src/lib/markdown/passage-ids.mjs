// Sätteri hast plugin (issue #19): gives every passage a reader cites (paragraph, list item,
// table body row) a deterministic id made of its section's heading id and its place in that
// section: "ii-nhiem-vu-giai-phap--3" is the third passage under that heading. Search records link
// to these ids and the page highlights the passage with :target, so a result lands on it. Ids
// depend only on the heading and the order of passages under it, so they survive rebuilds and
// edits elsewhere in the document. Footnotes keep the ids the footnote feature gives them
// (fn-1 …). Elements with an explicit id are left alone.

/** Id of the n-th passage (1-based) under the heading with id `sectionId` (null: before any heading). */
export function passageId(sectionId, n) {
  return `${sectionId ?? 'mo-dau'}--${n}`;
}

export function passageIds() {
  return () => {
    let section = null;
    let n = 0;
    return {
      name: 'passage-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'tr'],
        visit(node, ctx) {
          const tag = node.tagName;
          if (/^h[1-6]$/.test(tag)) {
            section = typeof node.properties?.id === 'string' ? node.properties.id : section;
            n = 0;
            return;
          }
          if (typeof node.properties?.id === 'string') return;
          const parent = ctx.parent(node);
          // A paragraph inside a list item (loose list) is part of that item's passage.
          if (tag === 'p' && parent?.type === 'element' && parent.tagName === 'li') return;
          // Header rows are the columns' names, not a passage; footnote items have their own ids.
          if (tag === 'tr' && parent?.type === 'element' && parent.tagName === 'thead') return;
          ctx.setProperty(node, 'id', passageId(section, ++n));
        },
      },
    };
  };
}
