let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Puts widget settings in the query string, debounced while a slider moves. The hash is kept
 * unless it is an old-style settings hash (`#fn=…`), which the query now replaces.
 */
export function writeQuery(query: string): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const url = new URL(location.href);
    url.search = query;
    if (url.hash.includes('=')) url.hash = '';
    history.replaceState(history.state, '', url);
  }, 250);
}
