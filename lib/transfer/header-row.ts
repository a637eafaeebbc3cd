/**
 * Which row is the header. Some exports write lines above it: LinkedIn's
 * Connections.csv starts with "Notes:" and a paragraph about missing e-mails.
 * Taking the first row as the header there refused every row, so the row
 * naming the most known columns is taken instead, but only when it names
 * clearly more than the first row: a data row holding a word like "Email"
 * must not displace a real header.
 */

/** Non-empty rows searched for a header: a preamble is a few lines, not a page. */
export const HEADER_SEARCH_ROWS = 20;
/** How many more known names a later row needs than the first to be taken instead. */
const CLEAR_LEAD = 2;

/** The index, among `rows` (non-empty rows in file order), of the header row. */
// What a header cell never holds but a data row often does: an e-mail, a link, a run of digits.
const DATA_CELL = /@[^\s@]+\.|https?:\/\/|www\.|linkedin\.com|\d{5}/i;

export function headerRowIndex(rows: readonly (readonly string[])[], isKnownHeader: (cell: string) => boolean): number {
  const known = (row: readonly string[]) => row.filter(isKnownHeader).length;
  const first = known(rows[0] ?? []);
  let best = 0;
  let bestScore = first;
  rows.slice(1, HEADER_SEARCH_ROWS).forEach((row, i) => {
    // A row of values ("LinkedIn", "Email" as a lead's source and channel) is not taken over a
    // header that uses names of its own: a row holding data is never the header.
    if (row.some((cell) => DATA_CELL.test(cell))) return;
    const score = known(row);
    if (score > bestScore) {
      best = i + 1;
      bestScore = score;
    }
  });
  return bestScore >= first + CLEAR_LEAD ? best : 0;
}
