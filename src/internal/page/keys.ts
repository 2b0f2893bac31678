/**
 * The optional keys of the WAI-ARIA accordion pattern, for a list of disclosure buttons (questions, steps): Up and Down
 * move to the previous and next button, wrapping round at either end, Home and End to the first and last.
 */
export function accordionKeyTarget(event: KeyboardEvent, index: number, count: number): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || count === 0) return undefined;
  switch (event.key) {
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** Moves focus among `buttons` for a key of the accordion pattern pressed on one of them; true if it did. */
export function moveAccordionFocus(event: KeyboardEvent, buttons: readonly HTMLElement[]): boolean {
  const index = buttons.indexOf(event.target as HTMLElement);
  if (index < 0) return false;
  const target = accordionKeyTarget(event, index, buttons.length);
  if (target === undefined) return false;
  event.preventDefault();
  buttons[target]!.focus();
  return true;
}
