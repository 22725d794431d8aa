import type { APIContext } from 'astro';
import { cardPng, cardSvg, type CardText } from '../../../build/share-card.ts';
import { figureFor } from '../../../figures/article-figures.ts';
import { HTML_LANG, LANGS, langParam, type Lang } from '../../../i18n/languages.ts';
import { partLabel, ui } from '../../../i18n/ui.ts';
import { articlesIn, slugOf } from '../../../utils/articles.ts';
import { TEXT as PLAYGROUND } from '../../../widgets/playground/text.ts';

interface Props {
  lang: Lang;
  /** The figure's key: an article's slug, `playground`, or `rmsprop` for the home page. */
  figure: string;
  text: Omit<CardText, 'address' | 'siteName'>;
}

// A card per page and language: /og/<slug>.png, /og/index.png (home), /og/playground.png, and the same under /zh/.
export async function getStaticPaths() {
  const cards = await Promise.all(LANGS.map(async (lang) => {
    const t = ui(lang);
    const articles = await articlesIn(lang);
    const card = (name: string, figure: string, text: Props['text']) => ({ params: { lang: langParam(lang), card: name }, props: { lang, figure, text } });
    return [
      // The home page shows the series' central figure: AdaGrad and RMSProp on the article's function.
      card('index', 'rmsprop', { kicker: '', title: t.siteName, description: t.tagline }),
      card('playground', 'playground', { kicker: '', title: PLAYGROUND[lang].title, description: PLAYGROUND[lang].description }),
      ...articles.map((article) => card(slugOf(article), slugOf(article), {
        kicker: partLabel(lang, article.data.order),
        title: article.data.title,
        description: article.data.description,
      })),
    ];
  }));
  return cards.flat();
}

export function GET({ props, site }: APIContext<Props>) {
  const { lang, figure, text } = props;
  const home = new URL(import.meta.env.BASE_URL, site);
  const address = `${home.host}${home.pathname}`.replace(/\/+$/, '');
  const svg = cardSvg({ ...text, address, siteName: ui(lang).siteName }, figureFor(figure), HTML_LANG[lang]);
  return new Response(new Uint8Array(cardPng(svg)), { headers: { 'Content-Type': 'image/png' } });
}
