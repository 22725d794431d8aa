import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Pagefind's search index, written into the build as its last step (`dist/pagefind/`), so every
 * `astro build` — `npm run build`, the tests' own builds, a sub-path build — has working search.
 *
 * The npm package runs Pagefind's extended binary, which splits Chinese text into words. Only what
 * carries `data-pagefind-body` is indexed (an article's body, the playground's introduction); each
 * `<html lang>` gets its own index, and pagefind.js loads the one of the page it runs on.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'optimizer-lab:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          // The same as data-pagefind-ignore on each: widgets (their build-time SVG, labels, legends,
          // controls and captions), the contents box, and KaTeX's glyph runs where MathML says the same
          // (a one-symbol formula has only its glyph, not hidden: rehype-lean-katex.ts), so a snippet
          // reads "η / √v" where a formula was rather than a gap.
          // One list here also covers widgets added later without each remembering the attribute.
          excludeSelectors: ['.widget', '.katex-html[aria-hidden="true"]', '.toc', '.article-dates'],
        });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`${added.page_count} pages indexed into ${join(site, 'pagefind')}`);
      },
    },
  };
}
