import type { Plugin } from 'vite';

/**
 * KaTeX's stylesheet lists every font three times (woff2, woff, ttf), so Vite
 * would copy all 60 files into the build. Every browser we support reads woff2,
 * so keep only those, and let text show in a fallback font while they load.
 */
export function katexWoff2Only(): Plugin {
  return {
    name: 'optimizer-lab:katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css($|\?)/.test(id)) return null;
      const css = code
        .replace(/,\s*url\([^)]+\.woff\)\s*format\("woff"\)/g, '')
        .replace(/,\s*url\([^)]+\.ttf\)\s*format\("truetype"\)/g, '')
        .replace(/font-display:\s*block/g, 'font-display:swap');
      return { code: css, map: null };
    },
  };
}
