import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/**
 * One MDX file per article and language: `articles/en/<slug>.mdx` and
 * `articles/zh/<slug>.mdx`. Files that share a slug are twins (translations).
 */
const articles = defineCollection({
  loader: glob({ pattern: '{en,zh}/*.mdx', base: './src/content/articles' }),
  schema: z.object({
    /** The headline, also used in `<title>`, the series list and the home-page card. */
    title: z.string().min(1),
    /** One or two sentences for search results, link previews (Open Graph) and the card. */
    description: z.string().min(1),
    /** The article's language; must match its folder (`en/` or `zh/`). */
    lang: z.enum(['en', 'zh']),
    /** Position in the series (1 first): sorts the list and picks the previous and next article. */
    order: z.number().int().positive(),
    /** First publication date, shown under the title. */
    published: z.coerce.date(),
    /** Date of the last substantial revision, if any. */
    updated: z.coerce.date().optional(),
    /** Show a table of contents (only drawn when the article has enough sections). @default true */
    toc: z.boolean().default(true),
  }),
});

export const collections = { articles };
