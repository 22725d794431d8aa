/**
 * Runs on every article at load, before any widget code (so it stays tiny): makes links that carry
 * widget settings behave. Widgets that keep settings in the URL say which keys in
 * `data-settings-keys`.
 * - An old link `#fn=wavy&lr=…` becomes `?fn=wavy&lr=…#<widget>`, so contents links keep it.
 * - A link whose query carries settings scrolls to the widget that owns them.
 * - The language switch carries the query (and a widget anchor) to the other language's page.
 */
export function followSettingsLinks(): void {
  const owners = [...document.querySelectorAll<HTMLElement>('[data-settings-keys]')];
  const ownerOf = (query: string) => {
    const params = new URLSearchParams(query.replace(/^[?#]/, ''));
    return owners.find((el) => el.dataset.settingsKeys!.split(' ').some((key) => params.has(key)));
  };

  const fromHash = ownerOf(location.hash);
  if (fromHash && location.hash.includes('=')) {
    const url = new URL(location.href);
    url.search = location.hash.slice(1);
    url.hash = fromHash.id;
    history.replaceState(history.state, '', url);
  }
  // A fresh visit lands on the widget; a reload or Back keeps the reader's own scroll position.
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const owner = ownerOf(location.search);
  if (owner && navigation?.type === 'navigate' && (location.hash === '' || location.hash === `#${owner.id}`)) {
    owner.scrollIntoView({ block: 'start' });
  }

  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.language-switch')) {
    link.addEventListener('click', () => {
      if (!location.search) return;
      const target = new URL(link.href);
      target.search = location.search;
      // Section anchors differ between languages; widget ids do not.
      if (location.hash.startsWith('#widget-')) target.hash = location.hash;
      link.href = target.href;
    });
  }
}
