/** A row's height in the lead list, in pixels: the live list's virtualizer and the first view place rows by it. */
export const ROW_HEIGHT = 64;
