/** Puts a widget's controls in place of their LiveControl.astro slots; the first step of a start. */
export function stampControls(root: ParentNode): void {
  for (const slot of root.querySelectorAll<HTMLTemplateElement>('template.control-slot')) {
    slot.replaceWith(slot.content);
  }
}
