import type { ChartPalette } from '../palette.ts';

/**
 * How each optimizer is drawn, the same in every view: colour, line style and point shape,
 * so the two stay apart without colour (AdaGrad dashed with squares, RMSProp solid with circles).
 */
export const optimizerStyle = {
  adagrad: { colourIndex: 0, dash: [7, 4], point: 'rect', label: 'AdaGrad' },
  rmsprop: { colourIndex: 1, dash: [] as number[], point: 'circle', label: 'RMSProp' },
} as const;

export type Optimizer = keyof typeof optimizerStyle;

export const colourOf = (palette: ChartPalette, optimizer: Optimizer) =>
  palette.series[optimizerStyle[optimizer].colourIndex];
