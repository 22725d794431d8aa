import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/languages.ts';

export type Article = CollectionEntry<'articles'>;

/** `en/ewma` → `ewma`: the slug both twins share. */
export function slugOf(article: Article): string {
  return article.id.split('/').slice(1).join('/');
}

/** A language's articles in series order; fails the build if a file sits in the wrong folder. */
export async function articlesIn(lang: Lang): Promise<Article[]> {
  const all = await getCollection('articles', (entry) => entry.id.startsWith(`${lang}/`));
  for (const article of all) {
    if (article.data.lang !== lang) {
      throw new Error(`${article.id}: frontmatter says lang "${article.data.lang}" but the file is in ${lang}/`);
    }
  }
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** The twin's slug exists in the other language? Then the switch links to it, else to that home page. */
export async function hasTwin(lang: Lang, slug: string): Promise<boolean> {
  const others = await getCollection('articles', (entry) => entry.id === `${lang}/${slug}`);
  return others.length > 0;
}
