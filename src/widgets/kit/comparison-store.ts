/**
 * The page's one AdaGrad-vs-RMSProp store, shared by the trajectory, step-inspector and rate-curve
 * widgets (whichever starts first makes it). Settings come from the query string (or an old-style
 * `#fn=…` link) and go back to it, so contents links, a reload and the language switch keep them.
 */
import {
  carriesSettings, compareRuns, lastStep, parseSettings, sanitizeSettings, serializeSettings,
  type ComparisonSettings, type Runs,
} from './comparison.ts';
import { RunStore } from './run-store.ts';
import { writeQuery } from './url-query.ts';

export type ComparisonStore = RunStore<ComparisonSettings, Runs>;
export type { ComparisonSettings, Runs };

let store: ComparisonStore | undefined;

export function comparisonStore(): ComparisonStore {
  if (store) return store;
  const fromUrl = carriesSettings(location.search) ? location.search : location.hash;
  const made: ComparisonStore = new RunStore<ComparisonSettings, Runs>({ sanitize: sanitizeSettings, compute: compareRuns, last: lastStep }, parseSettings(fromUrl), {
    // The page benchmark reads how long the views took to redraw after a settings change.
    onEmit: (ms, change) => {
      if (change.settings) document.documentElement.dataset.lastRenderMs = ms.toFixed(2);
    },
  });
  // The address changes only when the settings do: not on the first call, nor for a clamped no-op.
  const defaults = serializeSettings(sanitizeSettings({}));
  let shown = serializeSettings(made.state.settings);
  made.subscribe((state, change) => {
    if (!change.settings) return;
    const query = serializeSettings(state.settings);
    if (query === shown) return;
    shown = query;
    writeQuery(query === defaults ? '' : query);
  });
  // An old-style settings link typed over the current page still works.
  addEventListener('hashchange', () => {
    if (carriesSettings(location.hash)) made.update(parseSettings(location.hash));
  });
  store = made;
  return made;
}
