/** The template as a file to download: the same bytes as templates/service.md. */
import type { APIRoute } from 'astro';
import { serviceTemplate } from '../../data/service-template.ts';

export const GET: APIRoute = () => new Response(serviceTemplate(), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
