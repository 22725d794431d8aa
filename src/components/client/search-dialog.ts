/**
 * The search dialog, loaded the first time search opens (SiteSearch.astro). It talks to Pagefind's own
 * JavaScript API (pagefind.js, written into the build by src/build/pagefind-index.ts) and draws its own
 * small list rather than Pagefind's Default UI: the Default UI brings ~20 KB of script and CSS of its own
 * look, where this is a native modal <dialog> (focus kept inside, Escape closes, the page behind inert)
 * in the site's styles, with labels in the page's language from the markup.
 *
 * Pagefind picks the index of the page's `<html lang>` by itself, so an English page searches only the
 * English pages and a Chinese page only the Chinese ones (its extended build segments Chinese words).
 */
import { withBase } from '../../utils/with-base.ts';

/** The part of pagefind.js this dialog uses. */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
  data(): Promise<PagefindData>;
}

interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}

interface PagefindData extends PagefindSection {
  meta: { title?: string };
  sub_results: PagefindSection[];
}

interface Messages {
  searching: string;
  one: string;
  many: string;
  none: string;
  unavailable: string;
}

const MAX_RESULTS = 8;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A path computed at run time, so the bundler leaves it alone: the file only exists after the build.
    const url = withBase('/pagefind/pagefind.js');
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Result URLs come back relative to the site's root; under a sub-path they need the base in front.
    await module.options({ baseUrl: withBase('/'), excerptLength: 24 });
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** The section of a page that matched best, or the page itself: the link goes straight to it. */
function bestSection(page: PagefindData): { title: string; url: string; excerpt: string } {
  const pageTitle = page.meta.title ?? page.url;
  const sections = page.sub_results.filter((section) => section.url !== page.url && section.locations.length > 0);
  if (sections.length === 0) return { title: pageTitle, url: page.url, excerpt: page.excerpt };
  const best = sections.reduce((a, b) => (b.locations.length > a.locations.length ? b : a));
  return { title: `${pageTitle} › ${best.title}`, url: best.url, excerpt: best.excerpt };
}

function resultItem(page: PagefindData): HTMLLIElement {
  const { title, url, excerpt } = bestSection(page);
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = url;
  link.textContent = title;
  const snippet = document.createElement('p');
  snippet.className = 'search-excerpt';
  // Pagefind escapes the page text and adds only <mark> around the words found.
  snippet.innerHTML = excerpt;
  item.append(link, snippet);
  return item;
}

/** One dialog per page, made from the template on first open and kept, with its query, after that. */
class SearchDialog {
  readonly dialog: HTMLDialogElement;
  #input: HTMLInputElement;
  #status: HTMLElement;
  #results: HTMLOListElement;
  #messages: Messages;
  #returnTo: HTMLElement | null = null;
  #latest = 0;

  constructor(template: HTMLTemplateElement, readonly fallbackFocus: HTMLElement) {
    this.dialog = (template.content.firstElementChild as HTMLDialogElement).cloneNode(true) as HTMLDialogElement;
    document.body.append(this.dialog);
    this.#input = this.dialog.querySelector('input')!;
    this.#status = this.dialog.querySelector('[role="status"]')!;
    this.#results = this.dialog.querySelector('ol')!;
    this.#messages = JSON.parse(this.dialog.dataset.messages!) as Messages;

    this.dialog.querySelector('.search-close')!.addEventListener('click', () => this.dialog.close());
    this.dialog.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#links()[0]?.click();
    });
    this.#input.addEventListener('input', () => void this.#search());
    this.dialog.addEventListener('keydown', (event) => this.#onKey(event));
    // A click on the backdrop (the dialog element itself, outside its panel) closes it.
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
    this.dialog.addEventListener('close', () => {
      const target = this.#returnTo?.isConnected ? this.#returnTo : this.fallbackFocus;
      target.focus();
    });
  }

  open(): void {
    if (this.dialog.open) return;
    const active = document.activeElement;
    this.#returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
    this.dialog.showModal();
    this.#input.focus();
    this.#input.select();
    // Start fetching Pagefind while the reader types.
    loadPagefind().catch(() => this.#show(this.#messages.unavailable));
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#results.querySelectorAll('a')];
  }

  #show(status: string): void {
    this.#status.textContent = status;
  }

  async #search(): Promise<void> {
    const query = this.#input.value.trim();
    const run = ++this.#latest;
    if (!query) {
      this.#results.replaceChildren();
      this.#show('');
      return;
    }
    this.#show(this.#messages.searching);
    let pages: PagefindData[];
    try {
      const search = await (await loadPagefind()).debouncedSearch(query, {}, 150);
      if (!search || run !== this.#latest) return; // a newer query took over
      pages = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    } catch {
      if (run === this.#latest) this.#show(this.#messages.unavailable);
      return;
    }
    if (run !== this.#latest) return;
    this.#results.replaceChildren(...pages.map(resultItem));
    const count = pages.length;
    this.#show(count === 0 ? this.#messages.none.replace('{q}', query) : count === 1 ? this.#messages.one : this.#messages.many.replace('{n}', String(count)));
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      // Chromium's search field would spend the first Escape on clearing itself.
      event.preventDefault();
      this.dialog.close();
      return;
    }
    const links = this.#links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (links.length === 0) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
      (next < 0 ? this.#input : links[next]).focus();
    } else if (event.key === 'Tab') {
      // Keep Tab inside the dialog: from its last stop back to the first, and the other way round.
      const stops = [...this.dialog.querySelectorAll<HTMLElement>('button, input, a[href]')];
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      } else if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      }
    }
  }
}

let instance: SearchDialog | undefined;

/** Open the page's search dialog (made on first use from the template inside `host`). */
export function openSearch(host: HTMLElement, button: HTMLElement): void {
  instance ??= new SearchDialog(host.querySelector('template')!, button);
  instance.open();
}
