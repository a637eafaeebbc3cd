import { useState } from 'react';

/**
 * Whether the page is still where its first view was drawn (`place`: the view and lead it
 * shows). What the first view read is a snapshot of that moment: once the rep has gone
 * elsewhere, coming back must not draw it again (a step marked done since, a lead edited,
 * would show as it was until the live query answers), so it is dropped for good.
 */
export function useStillOnFirstView(place: string): boolean {
  const [start] = useState(place);
  const [left, setLeft] = useState(false);
  // Kept during render (React's way to derive state from a change), so no frame draws the snapshot elsewhere.
  if (!left && place !== start) setLeft(true);
  return !left && place === start;
}
