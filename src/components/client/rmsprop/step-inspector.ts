import { fill } from './format.ts';
import { optimizerStyle, type Optimizer } from './styles.ts';
import { workedStep, type WorkedStep } from './worked-step.ts';
import { trajectoryStore, type TrajectoryState } from './store.ts';

/** Text the server renders into data-labels. */
interface InspectorLabels {
  /** 'Step {t}' */
  heading: string;
  /** Shown at step 0. */
  start: string;
  /** '{name} stopped: it diverged at step {k}.' */
  stopped: string;
}

/**
 * `<rmsprop-inspector>`: for the step the scrubber shows, the update of each optimizer in each
 * coordinate with the actual numbers. It writes text only: two tables the server rendered.
 */
export class StepInspector extends HTMLElement {
  #unsubscribe?: () => void;
  #labels!: InspectorLabels;

  connectedCallback(): void {
    this.#labels = JSON.parse(this.dataset.labels ?? '{}') as InspectorLabels;
    this.#unsubscribe = trajectoryStore().subscribe((state) => this.#render(state));
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }

  #render(state: TrajectoryState): void {
    const t = state.hover ?? state.cursor;
    const { lr, gamma, eps, epsInSqrt } = state.settings;
    this.querySelector('[data-field="heading"]')!.textContent = fill(this.#labels.heading, { t });
    for (const name of ['adagrad', 'rmsprop'] as Optimizer[]) {
      const run = state.runs[name];
      const table = this.querySelector<HTMLElement>(`[data-optimizer="${name}"]`)!;
      const note = table.querySelector<HTMLElement>('[data-field="note"]')!;
      const steps = run.gradients.length;
      let message = '';
      if (t === 0) message = this.#labels.start;
      else if (t > steps) message = fill(this.#labels.stopped, { name: optimizerStyle[name].label, k: run.divergedAt ?? steps });
      note.textContent = message;
      note.hidden = message === '';
      for (const i of [0, 1]) {
        const worked = message ? null : workedStep(name, run, t, i, { lr, gamma, eps, epsInSqrt });
        for (const key of ['g', 's', 'denominator', 'update'] as (keyof WorkedStep)[]) {
          const cell = table.querySelector<HTMLElement>(`[data-cell="${key}-${i}"]`)!;
          const value = worked ? worked[key] : '—';
          if (cell.textContent !== value) cell.textContent = value;
        }
      }
      const ghost = table.querySelectorAll<HTMLElement>('[data-eps="inside"]');
      ghost.forEach((el) => (el.hidden = !epsInSqrt));
      table.querySelectorAll<HTMLElement>('[data-eps="outside"]').forEach((el) => (el.hidden = epsInSqrt));
    }
  }
}

