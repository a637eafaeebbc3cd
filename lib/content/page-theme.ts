/**
 * LinkedIn's theme, so the in-page control looks at home beside LinkedIn's own buttons.
 * LinkedIn's dark theme puts `theme--dark` on <html> (and its light theme `theme--light`);
 * with neither, the control follows the system's prefers-color-scheme (in its CSS).
 */
export type PageTheme = 'dark' | 'light' | 'auto';

export function pageThemeOf(classes: Iterable<string>): PageTheme {
  const set = new Set(classes);
  if (set.has('theme--dark')) return 'dark';
  if (set.has('theme--light')) return 'light';
  return 'auto';
}

/**
 * Keep `data-theme` on our shadow host in step with the page's <html> classes. The content
 * script cannot style its closed shadow from the page's CSS, so the theme comes in as an
 * attribute the shadow's `:host([data-theme])` rules read. It says only what the page
 * itself shows (its own theme), never anything about the lead.
 */
export function followPageTheme(html: HTMLElement, host: HTMLElement, observe: (target: Node, onChange: () => void) => () => void = watchClass): () => void {
  const apply = () => {
    const theme = pageThemeOf(html.classList);
    if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
  };
  apply();
  return observe(html, apply);
}

function watchClass(target: Node, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(target, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
