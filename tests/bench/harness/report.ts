import { appendFileSync, mkdirSync } from 'node:fs';

/**
 * Print a benchmark's table (what, time, ratio to the floor) and append it to
 * .tmp/bench.md, so `npm run bench` ends with one report to paste into the README.
 */
export function printTable(title: string, rows: string[][]): void {
  const lines = [`### ${title}`, '', '| measure | time | ratio / note |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
  const text = lines.join('\n');
  console.log(`\n${text}`);
  mkdirSync('.tmp', { recursive: true });
  appendFileSync('.tmp/bench.md', `${text}\n`);
}
