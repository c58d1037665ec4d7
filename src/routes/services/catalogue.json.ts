/** The words the catalogue's find box searches, one small record a service (data/catalogue.ts). */
import type { APIRoute } from 'astro';
import { catalogueRows, filterRecord } from '../../data/catalogue.ts';
import { sentenceCase } from '../../lib/core/sentence-case.ts';

export const GET: APIRoute = async () => {
  const rows = [...(await catalogueRows())].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en'));
  return new Response(JSON.stringify(rows.map((row) => filterRecord(row, sentenceCase))), { headers: { 'Content-Type': 'application/json' } });
};
