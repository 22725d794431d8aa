/**
 * Keeps the reader's place across a reload or Back. Off-screen sections are laid out from size
 * estimates (content-visibility), so the browser's own restoration, which replays a pixel offset,
 * can land a few hundred pixels off. Instead, remember the heading or widget at the top of the
 * screen and how far it sat from the top, and put it back there.
 */
const KEY = 'reading-position';
const ANCHORS = '.prose h2[id], .prose h3[id], .widget[id]';

interface Position {
  url: string;
  id: string;
  offset: number;
}

function topAnchor(): Position | null {
  let best: Position | null = null;
  for (const element of document.querySelectorAll<HTMLElement>(ANCHORS)) {
    const top = element.getBoundingClientRect().top;
    if (top > innerHeight / 3) break;
    best = { url: location.href, id: element.id, offset: top };
  }
  return best;
}

export function keepReadingPosition(): void {
  history.scrollRestoration = 'manual';
  addEventListener('pagehide', () => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(topAnchor()));
    } catch {
      /* storage blocked: the page opens at the top or at its #hash, as it would anyway */
    }
  });
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (navigation?.type !== 'reload' && navigation?.type !== 'back_forward') return;
  let saved: Position | null = null;
  try {
    saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Position | null;
  } catch {
    return;
  }
  const target = saved && saved.url === location.href ? document.getElementById(saved.id) : null;
  if (!saved || !target) return;
  const { offset } = saved;
  // Twice: once now, and once more after the sections above have been measured on the way.
  const place = () => scrollBy(0, target.getBoundingClientRect().top - offset);
  place();
  requestAnimationFrame(() => requestAnimationFrame(place));
}
