/** An element of our in-page UI with a class and, optionally, its text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  // Always textContent: names come from the page and are hostile.
  if (text !== undefined) node.textContent = text;
  return node;
}
