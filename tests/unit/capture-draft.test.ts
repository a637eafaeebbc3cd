import { describe, expect, it } from 'vitest';
import { captureFromDraft, draftFromPage } from '../../lib/capture/draft';
import type { PageReadResult } from '../../lib/messaging/protocol';

/** The popup's short form: what the rep confirms or corrects becomes the capture. */

const NOW = 1_750_000_000_000;
const page: PageReadResult = {
  url: 'https://acme.example/team/jane',
  isLeadPage: true,
  sources: ['json-ld'],
  person: { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', title: 'CTO', source: 'website', sourceUrl: 'https://acme.example/team/jane', capturedAt: NOW },
};

describe('captureFromDraft', () => {
  it('keeps the page’s first and last name when the rep keeps its full name', () => {
    const result = captureFromDraft(draftFromPage(page), page, NOW);
    expect(result.ok && result.capture.kind === 'person' && result.capture.person).toMatchObject({ fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' });
  });
  it('a corrected full name does not keep the page’s first and last name', () => {
    const result = captureFromDraft({ ...draftFromPage(page), fullName: 'Dr. Tom Baker' }, page, NOW);
    expect(result.ok && result.capture.kind === 'person' && result.capture.person).toMatchObject({ fullName: 'Dr. Tom Baker', firstName: 'Tom', lastName: 'Baker' });
  });
  it('a cleared full name clears them too', () => {
    const result = captureFromDraft({ ...draftFromPage(page), fullName: '', email: 'jane@acme.example' }, page, NOW);
    const person = result.ok && result.capture.kind === 'person' ? result.capture.person : undefined;
    expect(person?.firstName).toBeUndefined();
    expect(person?.lastName).toBeUndefined();
  });
});
