/**
 * Library benchmark: prints medians over several runs.
 *   npm run bench
 * Figures, not assertions: timings depend on the machine, so no test checks them.
 */
import { compileExpression, getObjective, optimizerNames, simulate } from '../src/lib';
import type { OptimizerName, OptimizerOptions } from '../src/lib';
import { sanitizeSetup } from '../src/widgets/playground/model';
import { runRace } from '../src/widgets/playground/race';

const RUNS = 101;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time of `work` in milliseconds, after a warm-up so the JIT has compiled it. */
function time(work: () => void): number {
  for (let i = 0; i < 5; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    work();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const settings: Record<OptimizerName, OptimizerOptions> = {
  sgd: { name: 'sgd', lr: 0.01, momentum: 0.9 },
  adagrad: { name: 'adagrad', lr: 0.1, eps: 1e-8 },
  rmsprop: { name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8 },
  adam: { name: 'adam', lr: 0.1 },
  adamw: { name: 'adamw', lr: 0.1 },
  adadelta: { name: 'adadelta', lr: 1 },
  nadam: { name: 'nadam', lr: 0.1 },
  radam: { name: 'radam', lr: 0.1 },
};
/** The four the article widgets run. */
const widgetOptimizers: OptimizerName[] = ['sgd', 'adagrad', 'rmsprop', 'adam'];

/** What one widget recompute does: four optimizers × 500 steps, and the loss on a 200 × 200 grid. */
function widgetRecompute(): number {
  let checksum = 0;
  for (const name of widgetOptimizers) {
    checksum += simulate({ fn: 'wavy', optimizer: settings[name], start: [-4, 4], steps: 500 }).points.length;
  }
  const { value, view } = getObjective('wavy');
  const [[x0, x1], [y0, y1]] = view;
  const n = 200;
  const grid = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const y = y0 + ((y1 - y0) * j) / (n - 1);
    for (let i = 0; i < n; i++) grid[j * n + i] = value(x0 + ((x1 - x0) * i) / (n - 1), y);
  }
  return checksum + grid[n * n - 1];
}

const pathsOnly = time(() => {
  for (const name of widgetOptimizers) simulate({ fn: 'wavy', optimizer: settings[name], start: [-4, 4], steps: 500 });
});
const full = time(widgetRecompute);
console.log('widget recompute (4 optimizers × 500 steps + 200 × 200 loss grid)');
console.log(`  paths only  ${pathsOnly.toFixed(3)} ms`);
console.log(`  full        ${full.toFixed(3)} ms   (target < 2 ms)`);

// The playground: a typed function, compiled once per edit, its contours, and a race on it.
const TYPED = 'sin(x)*cos(y) + 0.1*(x^2 + y^2) + exp(-((x - 1)^2 + y^2)) - log(1 + abs(x*y))';
const typed = compileExpression(TYPED);
const compile = time(() => compileExpression(TYPED));
const typedGrid = time(() => {
  const n = 200;
  const grid = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const y = -3 + (6 * j) / (n - 1);
    for (let i = 0; i < n; i++) grid[j * n + i] = typed.value(-3 + (6 * i) / (n - 1), y);
  }
});
const race: OptimizerName[] = ['sgd', 'rmsprop', 'adam', 'adamw', 'nadam', 'radam'];
const typedRace = time(() => {
  for (const name of race) {
    simulate({ fn: typed, optimizer: settings[name], start: [2.5, -1.5], steps: 1000,
      schedule: { name: 'warmupCosine', warmupSteps: 50, tMax: 950 }, noise: { sigma: 0.1, seed: 1 } });
  }
});
// The playground page's own recompute: runRace on its setup (what one change of a control costs
// before drawing), with the function's surface kept, and with a new formula (compile + contours).
const pageSetup = sanitizeSetup({
  fn: { expr: TYPED }, view: [[-3, 3], [-3, 3]], start: [2.5, -1.5], steps: 1000,
  schedule: { name: 'warmupCosine', warmupSteps: 50, tMax: 950 }, noise: { sigma: 0.1, seed: 1 },
  racers: race.map((name) => settings[name]),
});
let variant = 0;
const pageRecompute = time(() => runRace({ ...pageSetup, noise: { sigma: 0.1, seed: variant++ } }));
const pageNewFormula = time(() => runRace({ ...pageSetup, fn: { expr: `${TYPED} + ${variant++ % 1000}*0` } }));
console.log(`typed function ${TYPED}`);
console.log(`  compile                     ${compile.toFixed(3)} ms`);
console.log(`  200 × 200 grid              ${typedGrid.toFixed(3)} ms   (target well under 30 ms)`);
console.log(`  6 optimizers × 1000 steps   ${typedRace.toFixed(3)} ms   (warm-up + cosine, noise; page target < 5 ms)`);
console.log('playground page recompute (runRace: the same six × 1000 steps, as a control change makes it)');
console.log(`  same formula                ${pageRecompute.toFixed(3)} ms`);
console.log(`  new formula                 ${pageNewFormula.toFixed(3)} ms   (compile, 72 × 72 grid and contour bands too)`);

// Throughput last: its long runs leave a large heap behind, and the garbage collector would then
// charge the recompute figures above for it.
// 500-step runs, as the widgets make them. With 10 000-step runs the figures swing by ten times
// from one run to the next: the result arrays outgrow the young heap, so they time the garbage
// collector more than the optimizer.
console.log(`simulate on wavy from (-4, 4), ${RUNS} runs of 500 steps, median`);
const STEPS = 500;
for (const name of optimizerNames) {
  const ms = time(() => simulate({ fn: 'wavy', optimizer: settings[name], start: [-4, 4], steps: STEPS }));
  console.log(`  ${name.padEnd(8)} ${((STEPS / ms) * 1000 / 1e6).toFixed(2)} M steps/s`);
}
