import { scanListRows } from '../capture/linkedin/list-rows';

/**
 * Runs the list scan once on a small list of our own, in a document of our own, when a
 * LinkedIn page has loaded and is idle. Content scripts get no code cache: the first scan
 * in a document ran V8's lazily compiled, cold code, and cost an in-page navigation into
 * a list page several times what the same scan costs warm (docs/benchmarks.md,
 * "Content-script cost"). Our markup only, built with createElement, in a document that is
 * not the page's: nothing of the page is read or touched. Returns the rows it found (a warm
 * run that finds none exercised little).
 */
export function warmListScan(): number {
  try {
    const doc = document.implementation.createHTMLDocument('');
    const list = doc.createElement('ul');
    const blocks = doc.createElement('div');
    for (const id of ['warm-a', 'warm-b', 'warm-c']) {
      const item = doc.createElement('li');
      const link = doc.createElement('a');
      link.href = `https://www.linkedin.com/in/${id}/`;
      const name = doc.createElement('span');
      name.textContent = id;
      const headline = doc.createElement('div');
      headline.textContent = id;
      link.append(name);
      item.append(link, headline);
      list.append(item);
      // The same person without list markup: the block rows of the 2025 connections page.
      const block = doc.createElement('div');
      const other = doc.createElement('a');
      other.href = `https://www.linkedin.com/in/${id}-block/`;
      other.textContent = id;
      block.append(doc.createElement('div'), other);
      blocks.append(block);
    }
    doc.body.append(list, blocks);
    const rows = [...scanListRows(doc.body, 'search-people'), ...scanListRows(doc.body, 'connections')];
    for (const row of rows) row.read();
    return rows.length;
  } catch {
    // Warming is a nicety: a page where it fails scans cold.
    return 0;
  }
}
