/**
 * Share cards (og:image): a 1200×630 PNG per page and language, composed as SVG from the page's
 * title and description and its widget's figure (src/figures), rasterized by resvg with Noto Sans CJK,
 * which has both the Latin and the Chinese letters. Build time only.
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Thumb } from '../figures/article-figures.ts';
import { thumbSvg, type ThumbStyle } from '../figures/thumb-svg.ts';
import { CONTOUR_STYLE } from '../widgets/kit/contour-bands.ts';
import { SERIES } from '../widgets/kit/series.ts';
import tokensCss from '../styles/tokens.css?raw';

export const CARD = { width: 1200, height: 630 } as const;

export interface CardText {
  /** A small line above the title ("Part 4"); may be empty. */
  kicker: string;
  title: string;
  description: string;
  /** Where the site lives, e.g. `user.github.io/optimizer-lab`. */
  address: string;
  siteName: string;
}

// Debian's fonts-noto-cjk (.ci/run installs it); without it resvg falls back to the system's fonts.
const FONT_DIR = '/usr/share/fonts/opentype/noto';
const FONT_FILES = ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc'].map((file) => `${FONT_DIR}/${file}`);
const FONT = 'Noto Sans CJK SC';

/** The light theme's colours, read from tokens.css so a card never drifts from the site. */
function lightTokens(): Record<string, string> {
  const root = tokensCss.match(/:root\s*\{([^}]*)\}/)?.[1] ?? '';
  return Object.fromEntries([...root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

const TOKENS = lightTokens();
const token = (name: string, fallback: string) => (/^#[0-9a-f]{3,8}$/i.test(TOKENS[name] ?? '') ? TOKENS[name] : fallback);
const INK = { bg: token('--bg', '#fdfcf8'), fg: token('--fg', '#1d1c1a'), muted: token('--muted', '#57544d'), accent: token('--accent', '#0b5bab'), rule: token('--rule', '#dedad0'), surface: token('--surface', '#f3f0e8') };

const CARD_STYLE: ThumbStyle = {
  colour: (tag) => token(SERIES[tag].colour, '#000000'),
  bandFill: token('--chart-text', '#3f3d38'),
  bandLine: '#a8a396',
  bandOpacity: CONTOUR_STYLE.fillOpacity,
  lineWidth: 4,
};

// ---------- text layout without a font engine: widths estimated per character, in em ----------

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;
function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (ch === ' ') return 0.26;
  if (/[iljtfI.,:;'!|()[\]]/.test(ch)) return 0.3;
  if (/[mwMW]/.test(ch)) return 0.85;
  if (/[A-Z]/.test(ch)) return 0.66;
  return 0.56;
}
const textWidth = (text: string, bold: boolean) => [...text].reduce((sum, ch) => sum + charWidth(ch), 0) * (bold ? 1.1 : 1);

// Chinese may break between any two characters, except before closing and after opening punctuation.
const NO_START = /^[，。、：；！？）》」』’”·…—]/u;
const NO_END = /[（《「『‘“]$/u;

/** Break into pieces that a line may end after: words with their space, or single Chinese characters. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const token of text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]+\s*|\s+/gu) ?? []) {
    if (out.length > 0 && (NO_START.test(token) || NO_END.test(out[out.length - 1]))) out[out.length - 1] += token;
    else out.push(token);
  }
  return out;
}

/** Lines of at most `width` px at `size` px; past `maxLines` the last line ends in an ellipsis. */
export function wrap(text: string, size: number, width: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    if (line && textWidth(line + piece.trimEnd(), bold) * size > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  const full = last;
  while (last && textWidth(`${last}…`, bold) * size > width) last = [...last].slice(0, -1).join('');
  // English is cut at a word's end, not inside it.
  if (last !== full && /\w$/.test(last) && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.replace(/[\s,，、.。:：;；]+$/u, '')}…`;
  return kept;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textLines(lines: string[], x: number, y: number, size: number, leading: number, attributes: string): string {
  return lines.map((line, i) => `<text x="${x}" y="${y + i * size * leading}" font-size="${size}" ${attributes}>${escape(line)}</text>`).join('');
}

/** The card as SVG markup. */
export function cardSvg(text: CardText, figure: Thumb | undefined, lang: string): string {
  const { width, height } = CARD;
  const left = 72;
  const figureBox = { x: 700, y: 96, size: 436 };
  const column = (figure ? figureBox.x - 48 : width - 72) - left;
  // The largest title size that fits in two lines (three at the smallest size), leaving room for the description.
  let titleSize = 64;
  let title = wrap(text.title, titleSize, column, 9, true);
  while (titleSize > 48 && title.length > 2) {
    titleSize -= 4;
    title = wrap(text.title, titleSize, column, 9, true);
  }
  title = wrap(text.title, titleSize, column, 3, true);
  const titleTop = text.kicker ? 252 : 200;
  const descriptionTop = titleTop + (title.length - 1) * titleSize * 1.22 + 74;
  const descriptionLines = Math.max(1, Math.min(4, Math.floor((530 - descriptionTop) / (27 * 1.5)) + 1));
  const description = wrap(text.description, 27, column, descriptionLines);
  const font = `font-family="${FONT}"`;
  const parts = [
    `<rect width="${width}" height="${height}" fill="${INK.bg}"/>`,
    `<rect width="${width}" height="10" fill="${INK.accent}"/>`,
    `<text x="${left}" y="100" font-size="32" font-weight="700" fill="${INK.accent}" ${font}>${escape(text.siteName)}</text>`,
    text.kicker ? `<text x="${left}" y="170" font-size="28" font-weight="700" fill="${INK.muted}" ${font} letter-spacing="1">${escape(text.kicker)}</text>` : '',
    textLines(title, left, titleTop, titleSize, 1.22, `font-weight="700" fill="${INK.fg}" ${font}`),
    textLines(description, left, descriptionTop, 27, 1.5, `fill="${INK.muted}" ${font}`),
    `<text x="${left}" y="${height - 52}" font-size="24" fill="${INK.muted}" ${font}>${escape(text.address)}</text>`,
  ];
  if (figure) {
    const { x, y, size } = figureBox;
    const pad = 18;
    parts.push(
      `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="14" fill="${INK.surface}" stroke="${INK.rule}" stroke-width="2"/>`,
      thumbSvg(figure, size - 2 * pad, size - 2 * pad, CARD_STYLE, `x="${x + pad}" y="${y + pad}" width="${size - 2 * pad}" height="${size - 2 * pad}"`),
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${lang}">${parts.join('')}</svg>`;
}

/** The card as a PNG. */
export function cardPng(svg: string): Buffer {
  const fontFiles = FONT_FILES.filter((file) => existsSync(file));
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD.width },
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: FONT },
  });
  return resvg.render().asPng();
}
