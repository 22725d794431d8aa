/**
 * The only module that imports Chart.js. It registers just the parts our
 * charts use, so the bundle leaves out every other controller and scale.
 */
import {
  Chart,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  Legend,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

// Text in charts uses the page's interface font (CJK-aware on Chinese pages).
Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim();
Chart.defaults.font.size = 13;

/** Charts animate only for readers who have not asked for less motion. */
export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export { Chart };
