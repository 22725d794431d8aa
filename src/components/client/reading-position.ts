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

/**
 * The last heading or widget above the line a third of the way down the screen, in the section on
 * that line. Only that section is measured: it is on screen, so already laid out, whereas measuring
 * an element in a skipped section would make the browser lay that section out.
 */
function topAnchor(): Position | null {
  const line = innerHeight / 3;
  const section = [line, line - 24, line + 24]
    .map((y) => document.elementFromPoint(innerWidth / 2, y)?.closest('.article-section'))
    .find(Boolean);
  if (!section) return null; // above the first section: the page opens at its top anyway
  let best: Position | null = null;
  for (const element of section.querySelectorAll<HTMLElement>(ANCHORS)) {
    const top = element.getBoundingClientRect().top;
    if (top > line) break;
    best = { url: location.href, id: element.id, offset: top };
  }
  return best;
}

export function keepReadingPosition(): void {
  history.scrollRestoration = 'manual';
  // Measured when scrolling settles: at pagehide the page may already be torn down (every box 0 × 0).
  let latest: Position | null = null;
  let settle = 0;
  addEventListener('scroll', () => {
    clearTimeout(settle);
    settle = window.setTimeout(() => (latest = topAnchor()), 150);
  }, { passive: true });
  addEventListener('pagehide', () => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(latest));
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
  latest = saved;
  holdInPlace(target, saved.offset);
}

/**
 * Puts the target `offset` px from the top, and keeps it there while the sections around it are
 * laid out and replace their estimated heights, until the reader scrolls or touches anything.
 */
function holdInPlace(target: HTMLElement, offset: number): void {
  const place = () => {
    const error = target.getBoundingClientRect().top - offset;
    if (Math.abs(error) > 0.5) scrollBy(0, error);
  };
  const observer = new ResizeObserver(place);
  const release = () => {
    observer.disconnect();
    for (const type of READER_INPUT) removeEventListener(type, release, true);
  };
  for (const type of READER_INPUT) addEventListener(type, release, { capture: true, passive: true });
  for (const section of document.querySelectorAll('.prose, .prose > *')) observer.observe(section);
  place();
  setTimeout(release, HOLD_MS);
}

/** Anything the reader does that moves the page ends the hold. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
const HOLD_MS = 3000;
