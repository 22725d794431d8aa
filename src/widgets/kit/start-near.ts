/**
 * Loads a widget's code only when one of its elements comes within about a screen of the viewport,
 * then defines the custom element, which upgrades the server-rendered markup in place. Until then
 * the build-time figure shows, and a page that is only read never downloads Chart.js.
 */
export function startNear(tag: string, load: () => Promise<{ default: CustomElementConstructor }>): void {
  const elements = [...document.getElementsByTagName(tag)];
  if (elements.length === 0 || customElements.get(tag)) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    load()
      .then((module) => customElements.get(tag) ?? customElements.define(tag, module.default))
      // If the code fails to load, the static figure simply stays: the reader still sees the default run.
      .catch(() => undefined);
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) start();
  }, { rootMargin: '100% 0px 100% 0px' });
  for (const element of elements) observer.observe(element);
}
