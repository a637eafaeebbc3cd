import { useEffect, useState } from 'react';

/**
 * Whether a page's live part may mount: at once when there is no first view to show
 * (`hasFirstView` false), else after the first view is committed and painted (effects run
 * after paint), so loading the live part is not in its way. Not requestAnimationFrame: a
 * page opened in a background tab (the popup as a tab, a panel behind another) would never
 * get a frame.
 */
export function useLiveAfterPaint(hasFirstView: boolean): boolean {
  const [live, setLive] = useState(!hasFirstView);
  useEffect(() => {
    if (live) return;
    const timer = setTimeout(() => setLive(true));
    return () => clearTimeout(timer);
  }, [live]);
  return live;
}
