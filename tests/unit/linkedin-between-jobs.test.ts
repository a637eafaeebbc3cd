/**
 * A lead between jobs (often with the "Open to work" frame): the newest experience entry has ended and
 * the top card names no current company, while the headline still names the last employer ("Former Head
 * of Sales at Acme"). The real profile 01 (../shared/linkedin-real) made so: nothing may be saved as where
 * the lead works now, while a headline naming a current job still gives it (the last-resort rule).
 */
import { describe, expect, it } from 'vitest';
import { extractLinkedIn } from '../../lib/capture/linkedin';
import { positionFromHeadline } from '../../lib/capture/linkedin/title-meta';
import { readRealPage } from '../e2e/fixtures/linkedin-real';

const NOW = 1_700_000_000_000;
const URL_01 = 'https://www.linkedin.com/in/eduardo-alvarez-nowak/';
const HEADLINE_01 = 'Tech Education Lead, Tech Expert &amp; Frontend Dev at Novare Potential';

function betweenJobs(headline: string): Document {
  const html = readRealPage('01-li-profile-2024-eduardo.html')
    .split('Jul 2021 - Present · 3 yrs 1 mo').join('Jul 2021 - Mar 2024 · 2 yrs 9 mos')
    .split('Jul 2021 to Present · 3 yrs 1 mo').join('Jul 2021 to Mar 2024 · 2 yrs 9 mos')
    .split(HEADLINE_01).join(headline);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelector('[aria-label^="Current company"]')?.closest('li')?.remove();
  return doc;
}

describe('a lead between jobs whose headline names the last employer', () => {
  it.each(['Former Head of Sales at Novare Potential | Open to work', 'Ex-Sales Director @ Novare Potential', 'ex CFO at Novare Potential'])(
    '"%s": no title, no current company',
    { timeout: 60_000 },
    (headline) => {
      const result = extractLinkedIn(betweenJobs(headline), URL_01, NOW);
      if (!result.ok || result.capture.kind !== 'person') throw new Error(JSON.stringify(result));
      expect(result.capture.person.headline).toBe(headline);
      expect(result.capture.person.title).toBeUndefined();
      expect(result.capture.person.companyName).toBeUndefined();
    },
  );

  it('a headline naming a past job in Polish, Romanian or Russian gives no position either; a current one still does', () => {
    for (const headline of ['Były dyrektor sprzedaży at Acme', 'Fost director @ Acme', 'Бывший директор @ Acme', 'Previously VP Sales at Acme']) {
      expect(positionFromHeadline(headline), headline).toEqual({});
    }
    expect(positionFromHeadline('Head of Sales at Acme | Ex-Google')).toEqual({ title: 'Head of Sales', companyName: 'Acme' });
    expect(positionFromHeadline('Executive Director at Acme')).toEqual({ title: 'Executive Director', companyName: 'Acme' });
    expect(positionFromHeadline('Export Manager @ Acme')).toEqual({ title: 'Export Manager', companyName: 'Acme' });
  });
});
