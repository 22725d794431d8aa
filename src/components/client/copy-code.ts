/**
 * Give every highlighted code block (and every `pre.copyable`, such as the playground's PyTorch
 * code) a copy button. Added from script, since without JavaScript it could not work; labels come
 * from the data-* of the article or page around it. The button copies the code as it is when
 * clicked, so a block a widget rewrites copies its latest text.
 */
export function addCopyButtons(): void {
  for (const article of document.querySelectorAll<HTMLElement>('[data-copy-label]')) {
    const { copyLabel = 'Copy', copiedLabel = 'Copied', copyFailedLabel = 'Copy failed' } = article.dataset;
    for (const pre of article.querySelectorAll<HTMLPreElement>('pre.astro-code, pre.copyable')) {
      const wrapper = document.createElement('div');
      wrapper.className = 'code-block';
      pre.replaceWith(wrapper);
      wrapper.append(pre);

      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.textContent = copyLabel;
      const status = document.createElement('span');
      status.className = 'visually-hidden';
      status.setAttribute('role', 'status');
      wrapper.append(button, status);

      button.addEventListener('click', async () => {
        let message = copiedLabel;
        try {
          await navigator.clipboard.writeText(pre.querySelector('code')?.innerText ?? pre.innerText);
        } catch {
          message = copyFailedLabel;
        }
        button.textContent = message;
        status.textContent = message;
        setTimeout(() => {
          button.textContent = copyLabel;
          status.textContent = '';
        }, 2000);
      });
    }
  }
}
