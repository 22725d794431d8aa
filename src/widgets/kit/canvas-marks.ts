/**
 * The marks every live chart draws the same way, whether Chart.js lays it out (chart.ts plugins)
 * or the kit's own LinePlot does: the grid and the dashed line at the current step.
 */

export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The step marker's look, declared once. */
const STEP_MARKER = { width: 1.5, dash: [3, 3] };

/** Grid lines at the given pixel positions, in one path; half-pixel offsets give crisp one-pixel lines. */
export function strokeGrid(ctx: CanvasRenderingContext2D, area: PlotArea, xs: Iterable<number>, ys: Iterable<number>, colour: string): void {
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  ctx.beginPath();
  for (const y of ys) {
    const py = Math.round(y) + 0.5;
    ctx.moveTo(area.left, py);
    ctx.lineTo(area.right, py);
  }
  for (const x of xs) {
    const px = Math.round(x) + 0.5;
    ctx.moveTo(px, area.top);
    ctx.lineTo(px, area.bottom);
  }
  ctx.stroke();
  ctx.restore();
}

/** The dashed vertical line at a step, if its pixel position falls inside the plot area. */
export function strokeStepMarker(ctx: CanvasRenderingContext2D, area: PlotArea, x: number, colour: string): void {
  if (!(x >= area.left - 0.5 && x <= area.right + 0.5)) return;
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.lineWidth = STEP_MARKER.width;
  ctx.setLineDash(STEP_MARKER.dash);
  ctx.beginPath();
  ctx.moveTo(x, area.top);
  ctx.lineTo(x, area.bottom);
  ctx.stroke();
  ctx.restore();
}
