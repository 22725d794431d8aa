/** Puts a widget's controls in place of their LiveControl.astro slots; the first step of a start. */
export function stampControls(root: ParentNode): void {
  for (const slot of root.querySelectorAll<HTMLTemplateElement>('template.control-slot')) {
    slot.replaceWith(slot.content);
  }
}

/**
 * A control's markup inside its slot, for markup built as a string (a widget's rows that are made
 * again in the browser): the same <template> LiveControl.astro writes. `kind` picks the box the slot
 * reserves (widget.css); a checkbox takes a radio button's.
 */
export const controlSlot = (kind: 'range' | 'number' | 'select' | 'radio' | 'text', control: string) =>
  `<template class="control-slot" data-kind="${kind}">${control}</template>`;
