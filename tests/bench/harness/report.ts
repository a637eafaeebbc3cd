import { appendFileSync, mkdirSync } from 'node:fs';

/**
 * Print a benchmark's table (what, time, ratio to the floor) and append it to
 * .tmp/bench.md, so `npm run bench` ends with one report to paste into the README.
 */
export function printTable(title: string, rows: string[][]): void {
  printGrid(title, ['measure', 'time', 'ratio / note'], rows);
}

/** The same, with columns of its own and notes under the table. */
export function printGrid(title: string, header: string[], rows: string[][], notes: string[] = []): void {
  const lines = [`### ${title}`, '', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), '', ...notes.flatMap((n) => [n, ''])];
  const text = lines.join('\n');
  console.log(`\n${text}`);
  mkdirSync('.tmp', { recursive: true });
  appendFileSync('.tmp/bench.md', `${text}\n`);
}
