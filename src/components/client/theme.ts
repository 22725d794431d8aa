/**
 * The page theme lives in `<html data-theme>`, set before first paint by
 * ThemeScript.astro. This module reads and changes it, and tells listeners
 * (theme toggle, charts) when it changes.
 */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'theme';
const systemDark = matchMedia('(prefers-color-scheme: dark)');

export function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage can be blocked; the theme then just isn't remembered
  }
}

/** Apply a theme the reader chose and remember it for the next page. */
export function setTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    /* not remembered, still applied */
  }
}

// Follow the system setting live until the reader has chosen a theme.
systemDark.addEventListener('change', (event) => {
  if (!storedTheme()) document.documentElement.dataset.theme = event.matches ? 'dark' : 'light';
});

/** Call `listener` whenever the theme changes; returns a function that stops listening. */
export function onThemeChange(listener: (theme: Theme) => void): () => void {
  const observer = new MutationObserver(() => listener(currentTheme()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
