/**
 * Calls `listener` after the page theme changes: the toggle and the system setting both end in
 * `<html data-theme>` (ThemeScript.astro, components/client/theme.ts), so watching it covers both.
 */
export function onThemeChange(listener: () => void): () => void {
  const observer = new MutationObserver(() => listener());
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
