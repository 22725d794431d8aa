/** The site's languages; English lives at `/`, Chinese under `/zh/`. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for `<html lang>` and `hreflang`: Simplified Chinese as written in mainland China. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** Open Graph wants underscores. */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', zh: 'zh_CN' };

/** The other language, for the switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/** The `[...lang]` route parameter: none for English (no prefix), the language code otherwise. */
export function langParam(lang: Lang): string | undefined {
  return lang === 'en' ? undefined : lang;
}

/** The path (without base) of a language's home page. */
export function homePath(lang: Lang): string {
  return lang === 'en' ? '/' : '/zh/';
}

/** The path (without base) of an article. */
export function articlePath(lang: Lang, slug: string): string {
  return `${homePath(lang)}${slug}/`;
}

/** The path (without base) of the optimizer playground. */
export function playgroundPath(lang: Lang): string {
  return `${homePath(lang)}playground/`;
}

/** The path (without base) of a language's RSS feed. */
export function feedPath(lang: Lang): string {
  return `${homePath(lang)}rss.xml`;
}

/** The path (without base) of a page's share card: `index` for the home page, a slug, or `playground`. */
export function cardPath(lang: Lang, card: string): string {
  return `${homePath(lang)}og/${card}.png`;
}
