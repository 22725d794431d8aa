/**
 * Fewer points for the same picture. A chart's update costs about the same for every point it is
 * given, and a long run gives far more points than its lines have pixels: a path that has settled
 * repeats one spot, a constant learning rate draws one straight line. Pure.
 */

/** A line's kept points and, for each, the index it had in the full line (for drawing up to a step). */
export interface ThinLine<P> {
  points: P[];
  indices: number[];
}

/**
 * Keeps a point of a path only when it is more than `tolerance` (in data units, per axis) from the
 * last one kept; the first and the last point always stay.
 */
export function thinPath<P extends { x: number; y: number }>(points: P[], tolerance: [number, number]): ThinLine<P> {
  const kept: ThinLine<P> = { points: [], indices: [] };
  let last: P | undefined;
  points.forEach((p, i) => {
    if (last && i < points.length - 1 && Math.abs(p.x - last.x) <= tolerance[0] && Math.abs(p.y - last.y) <= tolerance[1]) return;
    kept.points.push(p);
    kept.indices.push(i);
    last = p;
  });
  return kept;
}

/** The thinned line drawn up to index `upTo` of the full line: its kept points so far, ending exactly there. */
export function lineUpTo<P>(line: ThinLine<P>, full: P[], upTo: number): P[] {
  // The number of kept indices ≤ upTo, by binary search.
  let lo = 0;
  let hi = line.indices.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (line.indices[mid] <= upTo) lo = mid + 1;
    else hi = mid;
  }
  const drawn = line.points.slice(0, lo);
  const end = Math.min(upTo, full.length - 1);
  if (end >= 0 && line.indices[lo - 1] !== end) drawn.push(full[end]);
  return drawn;
}

/**
 * A curve against the step, for a chart about `buckets` pixels wide: in each bucket of steps only
 * the lowest and the highest point stay (so noise keeps its envelope), and a run of equal values
 * keeps just its two ends (a constant or stepped schedule stays exact). A gap (null) always stays.
 */
export function thinCurve(values: readonly (number | null)[], firstX = 0, buckets = 400): { x: number; y: number | null }[] {
  const n = values.length;
  const size = Math.max(1, n / buckets);
  const out: { x: number; y: number | null }[] = [];
  let pending: { x: number; y: number | null } | undefined;
  const take = (i: number) => {
    const point = { x: i + firstX, y: values[i] };
    const previous = out[out.length - 1];
    const repeats = previous !== undefined && previous.y === point.y && point.y !== null;
    if (repeats && i < n - 1) {
      pending = point; // the same value again: keep only where the run ends
      return;
    }
    if (pending && !repeats) out.push(pending);
    pending = undefined;
    out.push(point);
  };
  for (let from = 0; from < n;) {
    const to = Math.min(n, Math.max(from + 1, Math.round(from + size)));
    let low = from;
    let high = from;
    let gap = false;
    for (let i = from; i < to; i++) {
      const v = values[i];
      if (v === null) gap = true;
      else if (values[low] === null || v < values[low]!) low = i;
      else if (values[high] === null || v > values[high]!) high = i;
    }
    if (gap) {
      for (let i = from; i < to; i++) take(i);
    } else {
      for (const i of low === high ? [low] : low < high ? [low, high] : [high, low]) take(i);
    }
    from = to;
  }
  if (n > 0 && out[out.length - 1]?.x !== n - 1 + firstX) take(n - 1);
  return out;
}
