import { classifyLinkedInUrl } from '../capture/linkedin-url';

/** Two URLs of the same LinkedIn person or company (spellings aside), or the very same URL. */
export function samePage(a: string, b: string): boolean {
  const pa = classifyLinkedInUrl(a);
  const pb = classifyLinkedInUrl(b);
  if (pa.kind === 'other' || pb.kind === 'other') return a === b;
  return pa.kind === pb.kind && pa.canonicalUrl === pb.canonicalUrl;
}
