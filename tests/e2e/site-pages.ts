import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where `astro build` wrote the site the preview server serves (astro.config.mjs reads OUT_DIR too). */
export const DIST = process.env.OUT_DIR ?? 'dist';

/** Every page path in the built sitemap, e.g. `/`, `/zh/ewma/`; read from disk so tests can loop over it. */
export function sitemapPaths(dist = DIST): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const paths = sitemaps.flatMap((sitemapPath) => {
    const file = sitemapPath.split('/').pop()!;
    const xml = readFileSync(join(dist, file), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  });
  if (paths.length === 0) throw new Error(`No pages in ${dist}/sitemap-index.xml: run astro build first`);
  return paths;
}

/** The sitemap leaves out the 404 page; the tests still want to check it. */
export function allPagePaths(): string[] {
  return [...sitemapPaths(), '/404.html'];
}

/** Every file under a folder whose name ends with `extension`, as paths relative to it. */
export function filesIn(folder: string, extension: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => relative(folder, join(folder, file)));
}
