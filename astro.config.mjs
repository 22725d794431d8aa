// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { remarkPlugins, rehypePlugins } from './src/markdown/math-pipeline.ts';
import { katexWoff2Only } from './src/build/katex-woff2-only.ts';
import { pagefindIndex } from './src/build/pagefind-index.ts';

// One build for any static host: SITE is the origin, BASE the sub-path
// (e.g. BASE=/optimizer-lab/ for a GitHub project page).
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  // The e2e tests build the sub-path variant into its own folder.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
    }),
    // Last: it indexes the finished HTML.
    pagefindIndex(),
  ],
  markdown: {
    remarkPlugins,
    rehypePlugins,
    shikiConfig: {
      // Both themes ship as CSS variables; global.css picks one per data-theme.
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
    },
  },
  vite: {
    plugins: [katexWoff2Only()],
    // No preload helper and dependency list in every widget's loader (~1.2 KB gzip on the RMSProp
    // page): a widget's chunks are fetched once its own chunk has been parsed, one round trip
    // later, and widgets start a screen ahead of the viewport (kit/start-near.ts), so none is late.
    // Terser with two compress passes ships about 6% less than esbuild's minifier (4.6 KB gzip on
    // the RMSProp page once every widget runs): what keeps an article inside its 75 KB budget.
    build: { modulePreload: false, minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  },
});
