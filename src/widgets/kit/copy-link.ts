/**
 * "Copy link to this setup": the page's address with the widget's settings as the query (and an
 * anchor, if given) goes to the clipboard. Where the clipboard is refused, the address bar takes the
 * link instead, and the status says so.
 */
export async function copyLink(query: string, hash: string, status: Element, labels: { copied: string; copyFailed: string }): Promise<void> {
  const url = new URL(location.href);
  url.search = query;
  url.hash = hash;
  try {
    await navigator.clipboard.writeText(url.href);
    status.textContent = labels.copied;
  } catch {
    history.replaceState(history.state, '', url);
    status.textContent = labels.copyFailed;
  }
}
