/**
 * rehype-scroll-regions.ts makes every wide table and display formula a focusable,
 * labelled region, so that without JavaScript the keyboard can scroll each one.
 * Most of them do not scroll on a wide screen, and there they are only extra Tab
 * stops and empty landmarks. Keep tabindex, role and label on the ones that scroll,
 * and follow resizes. A region in a section not laid out yet (content-visibility)
 * keeps them until the browser lays it out and the observer reports it, or until
 * the reader first presses Tab: then every region is measured, once.
 */
export function watchScrollRegions(): void {
  const regions = document.querySelectorAll<HTMLElement>('.scroll-x[aria-label]');
  if (regions.length === 0 || !('ResizeObserver' in window)) return;

  const update = (region: HTMLElement): void => {
    const scrolls = region.scrollWidth > region.clientWidth;
    // Never take focusability from the focused element; checked again when focus leaves.
    if (!scrolls && region === document.activeElement) return;
    region.dataset.label ??= region.getAttribute('aria-label') ?? '';
    toggle(region, 'tabindex', scrolls && '0');
    toggle(region, 'role', scrolls && 'region');
    toggle(region, 'aria-label', scrolls && region.dataset.label);
  };

  // Observing reports each region once it is laid out, then on every resize. A formula grows
  // without its region resizing when KaTeX's fonts arrive: observing anew reports it again.
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => update(entry.target as HTMLElement)));
  const observe = (): void =>
    regions.forEach((region) => {
      observer.unobserve(region);
      observer.observe(region);
    });
  observe();
  document.fonts?.addEventListener('loadingdone', observe);
  const onTab = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    document.removeEventListener('keydown', onTab);
    regions.forEach(update);
  };
  document.addEventListener('keydown', onTab);
  document.addEventListener('focusout', (event) => {
    if (event.target instanceof HTMLElement && event.target.matches('.scroll-x')) update(event.target);
  });
}

function toggle(element: HTMLElement, name: string, value: string | false): void {
  if (value === false) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
