import type { APIRoute } from 'astro';
import { withBase } from '../utils/with-base.ts';

/** Allow everything and point crawlers at the sitemap, wherever SITE and BASE put it. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('/sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
