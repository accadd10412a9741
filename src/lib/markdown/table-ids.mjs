// Sätteri hast plugin: numbers a document's tables in order (id "bang-1", "bang-2" …), so each
// table can be linked and offer its own CSV file (/van-ban/<slug>/bang-<n>.csv). The order is the
// one src/lib/tables/extract.ts reads from the MDX. Tables with an explicit id are left alone.
export function tableIds() {
  return () => {
    let n = 0;
    return {
      name: 'table-ids',
      element: {
        filter: ['table'],
        visit(node, ctx) {
          n += 1;
          if (typeof node.properties?.id === 'string') return;
          ctx.setProperty(node, 'id', `bang-${n}`);
        },
      },
    };
  };
}
