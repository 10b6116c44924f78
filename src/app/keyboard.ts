/** Whether a key press belongs to a text field (shortcuts must then stay out of the way). */
export function isTypingTarget(e: KeyboardEvent): boolean {
  const t = e.target;
  return t instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || t.isContentEditable);
}
