import { useState } from 'react';

/**
 * Room kept for the popup's due steps until they are read. The popup's first view draws
 * velocity before the database library loads (issue 15), and the live popup then puts the
 * due steps above it: with nothing in their place, velocity was drawn and at once pushed
 * down, often off the popup. So the section's height when last drawn is remembered (a
 * layout hint in this page's localStorage, not a record) and that much room is kept, empty,
 * in the first view and until the live section answers. The first popup ever has none.
 */
const KEY = 'popup.dueStepsHeight';
/** Taller than any popup: a stored value past it is not a height we wrote. */
const MAX_PX = 2_000;

export function rememberedDueHeight(): number {
  try {
    const px = Number(localStorage.getItem(KEY));
    return Number.isFinite(px) && px > 0 && px <= MAX_PX ? px : 0;
  } catch {
    return 0;
  }
}

export function rememberDueHeight(px: number): void {
  try {
    localStorage.setItem(KEY, String(Math.round(px)));
  } catch {
    // Storage refused (a full or disabled store): the next popup keeps no room, as the first one does.
  }
}

export function DueRoom() {
  const [height] = useState(rememberedDueHeight);
  return height > 0 ? <div className="due-room" style={{ height }} aria-hidden="true" data-testid="due-room" /> : null;
}
