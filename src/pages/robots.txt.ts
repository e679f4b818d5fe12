import type { APIRoute } from 'astro';
import { withBase } from '../lib/site/href';

/**
 * Lets every crawler in and points it at the sitemap, on whatever origin SITE_URL names and under
 * BASE_PATH. (Crawlers read robots.txt only at a host's root: under a sub-path this file is a
 * pointer for whoever runs that root, who can copy its Sitemap line.)
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
