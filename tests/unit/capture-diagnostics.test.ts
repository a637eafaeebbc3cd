/**
 * Capture diagnostics: how the in-page control read a LinkedIn page, kept by the
 * background (bounded), refused when it carries anything but our own words, and never
 * holding page text whatever the page.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupMessageHandlers } from '../../lib/background/messages';
import { extractLinkedInReport } from '../../lib/capture/linkedin';
import { clearDiagnostics, keepDiagnostic, readDiagnostics } from '../../lib/db/diagnostics';
import { CaptureReportSchema, MAX_DIAGNOSTICS, type CaptureReport } from '../../lib/diagnostics/schema';
import type { BackgroundRequest } from '../../lib/messaging/protocol';
import { freshDb, NOW } from './helpers/db';
import { EXTENSION_PAGE, linkedInTab, sendAs } from './helpers/send-as';

const JANE = 'https://www.linkedin.com/in/jane-doe/';
const REPORT: CaptureReport = {
  pageKind: 'person',
  outcome: 'captured',
  drift: 'weakest-only',
  layers: ['titleMeta'],
  via: { fullName: 'titleMeta', title: 'titleMeta' },
  fields: { fullName: true, headline: false, title: true, companyName: false, companyLinkedinUrl: false, location: false, photoUrl: false },
};

function setup() {
  const db = freshDb();
  const stop = setupMessageHandlers(db, { rescore: vi.fn(), checkCrossings: vi.fn(), contentMessages: async () => ({ locale: 'en', messages: {} }) }, () => NOW);
  return { db, stop };
}

describe('the background keeps capture diagnostics', () => {
  it('keeps a note from the LinkedIn content script, with the time and the extension version', async () => {
    const { db, stop } = setup();
    const manifest = vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '1.4.0' } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
    await expect(sendAs(linkedInTab(JANE), { type: 'capture.diagnostic', report: REPORT })).resolves.toEqual({ kept: true });
    expect(await readDiagnostics(db)).toEqual([{ ...REPORT, id: 1, at: NOW, version: '1.4.0' }]);
    manifest.mockRestore();
    stop();
  });

  it('refuses a note that carries page text, and one from a tab that is not a lead page', async () => {
    const { db, stop } = setup();
    const withText = [
      { ...REPORT, via: { fullName: 'topCard:Jane Doe' } },
      { ...REPORT, via: { fullName: 'Jane Doe' } },
      { ...REPORT, name: 'Jane Doe' },
      { ...REPORT, fields: { 'Jane Doe': true } },
    ];
    for (const report of withText) {
      await expect(sendAs(linkedInTab(JANE), { type: 'capture.diagnostic', report } as BackgroundRequest)).rejects.toMatchObject({ code: 'bad-request' });
    }
    await expect(sendAs(linkedInTab('https://www.linkedin.com/feed/'), { type: 'capture.diagnostic', report: REPORT })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.captureDiagnostics.count()).toBe(0);
    // A known selector is fine.
    await sendAs(EXTENSION_PAGE, { type: 'capture.diagnostic', report: { ...REPORT, via: { fullName: 'topCard:h1.text-heading-xlarge' } } });
    expect(await db.captureDiagnostics.count()).toBe(1);
    stop();
  });

  it(`keeps the newest ${MAX_DIAGNOSTICS} only, and clears`, async () => {
    const db = freshDb();
    for (let i = 0; i < MAX_DIAGNOSTICS + 5; i += 1) await keepDiagnostic(db, REPORT, NOW + i, '1.2.3');
    const kept = await readDiagnostics(db);
    expect(kept).toHaveLength(MAX_DIAGNOSTICS);
    expect(kept[0]?.at).toBe(NOW + 5);
    expect(kept.at(-1)?.at).toBe(NOW + MAX_DIAGNOSTICS + 4);
    await clearDiagnostics(db);
    expect(await db.captureDiagnostics.count()).toBe(0);
  });
});

describe('what an extraction reports', () => {
  // Every text the random pages show carries this word; no report may ever contain it.
  const MARK = 'Qzxv';
  const fragment = fc.oneof(
    fc.constantFrom(
      '<main>', '</main>', '<section>', '</section>', '<h1>', '</h1>', '<h1 class="text-heading-xlarge">', '<div class="text-body-medium break-words">',
      '<div>', '</div>', '<p>', '</p>', '<span>', '</span>', '<a href="/in/jane-doe/overlay/contact-info/">', '</a>',
      '<button aria-label="Current company: ', '">', '</button>', '<div id="experience"></div>', '<h2>Experience</h2>', '<ul><li>', '</li></ul>',
      '<title>', '</title>', '<link rel="canonical" href="https://www.linkedin.com/in/jane-doe/">', '<dl><dt>Company size</dt><dd>',
      '</dd></dl>', '<script type="application/ld+json">{"@type":"Person","url":"https://www.linkedin.com/in/jane-doe","name":"', '"}</script>',
      ' | LinkedIn', ' - ', ', ', '51-200 employees ',
    ),
    fc.string({ maxLength: 12 }).map((text) => `${MARK} ${text.replace(/[<>&"]/g, '')} ${MARK}`),
  );
  const page = fc.array(fragment, { maxLength: 50 }).map((parts) => parts.join(''));
  const url = fc.constantFrom(JANE, 'https://www.linkedin.com/company/acme/', 'https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz,NAME_SEARCH,x', 'https://www.linkedin.com/feed/');

  it('is always a valid diagnostic, with no word of the page in it', () => {
    fc.assert(
      fc.property(page, url, (html, at) => {
        const { report } = extractLinkedInReport(new DOMParser().parseFromString(html, 'text/html'), at, NOW);
        expect(CaptureReportSchema.safeParse(report).success).toBe(true);
        expect(JSON.stringify(report)).not.toContain(MARK);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
