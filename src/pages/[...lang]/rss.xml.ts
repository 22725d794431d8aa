import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlePath, HTML_LANG, homePath, LANGS, langParam, type Lang } from '../../i18n/languages.ts';
import { ui } from '../../i18n/ui.ts';
import { articlesIn, slugOf } from '../../utils/articles.ts';
import { withBase } from '../../utils/with-base.ts';

// One feed per language: /rss.xml for English (lang undefined), /zh/rss.xml for Chinese.
export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

export async function GET({ props, site }: APIContext<{ lang: Lang }>) {
  const { lang } = props;
  const t = ui(lang);
  // Absolute URLs with the base: a feed reader resolves nothing against the page it came from.
  const absolute = (path: string) => new URL(withBase(path), site).href;
  const articles = (await articlesIn(lang)).toSorted((a, b) => b.data.published.getTime() - a.data.published.getTime() || b.data.order - a.data.order);
  return rss({
    title: t.siteName,
    description: t.homeDescription,
    site: absolute(homePath(lang)),
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.published,
      link: absolute(articlePath(lang, slugOf(article))),
    })),
    customData: `<language>${HTML_LANG[lang]}</language>`,
  });
}
