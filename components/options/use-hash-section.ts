import { useSyncExternalStore } from 'react';
import { sectionFromHash, type OptionsSection } from '@/lib/options/sections';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The options section the page's hash names, following every change (a nav link, a deep link, Back). */
export function useHashSection(): OptionsSection {
  return sectionFromHash(useSyncExternalStore(subscribe, () => window.location.hash));
}
