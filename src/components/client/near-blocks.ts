/**
 * Blocks inside a section skip layout until the browser finds them near the screen
 * (content-visibility: auto in global.css). The browser looks only half a screen ahead, so a
 * fast scroll or a jump can show a block at its estimated height for a frame and then move what
 * is below it. This lays a block out a whole screen before it arrives, once, in small pieces.
 */
export function layOutBlocksAhead(): void {
  const blocks = document.querySelectorAll<HTMLElement>('.article-section > *');
  if (blocks.length === 0 || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      entry.target.classList.add('laid-out');
      observer.unobserve(entry.target);
    }
  }, { rootMargin: '100% 0px 100% 0px' });
  blocks.forEach((block) => observer.observe(block));
}
