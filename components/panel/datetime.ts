/** <input type="datetime-local"> and <input type="date"> speak local time without a zone; Date reads them as local. */
export function fromLocalInput(text: string): number | undefined {
  const ms = new Date(text).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}
