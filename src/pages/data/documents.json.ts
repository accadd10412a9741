import type { APIRoute } from 'astro';
import { siteModel } from '../../lib/content/model.ts';
import { absolute, datasetMeta, json } from '../../lib/data/endpoints.ts';
import { urls } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const model = siteModel();
  const { content } = model;
  return json({
    ...datasetMeta(site),
    records: content.documents.map((d) => ({
      id: d.slug,
      locality: d.meta.locality,
      locality_name: model.localityName(d.meta.locality),
      type: model.documentType(d),
      number: d.meta.number,
      date: d.meta.issuedDate,
      title: d.meta.title,
      issuer: d.meta.issuer,
      signer: d.meta.signature?.name ?? null,
      gazette: d.meta.gazette,
      related: d.meta.related,
      source_file: d.meta.source.file,
      source_sha256: d.meta.source.sha256,
      targets: d.parsed.marks.filter((m) => m.kind === 'target').length,
      results: d.parsed.marks.filter((m) => m.kind === 'result').length,
      url: absolute(urls.document(d.slug), site),
    })),
  });
};
