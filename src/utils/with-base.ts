/**
 * Prefix a site-internal path with Astro's `base`, so that the same build works
 * at `https://host/` and at `https://user.github.io/optimizer-lab/`.
 * Every internal link and asset goes through here.
 *
 * withBase('/zh/ewma/') → '/optimizer-lab/zh/ewma/' when BASE=/optimizer-lab/
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const cleanPath = path.startsWith('/') ? path : `/${path}`;
  return `${base}${cleanPath}`;
}
