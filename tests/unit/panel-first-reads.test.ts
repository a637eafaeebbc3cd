import { afterEach, describe, expect, it } from 'vitest';
import { LeadsDatabase } from '../../lib/db/database';
import { saveCapture } from '../../lib/db/save-capture';
import { enrolLeads, listSequences } from '../../lib/db/sequences';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { en } from '../../lib/i18n/en';
import { pl } from '../../lib/i18n/pl';
import { activateMessages } from '../../lib/i18n/runtime';
import { firstLead, firstList } from '../../lib/pages/panel-first-reads';

const uniqueName = (stem: string) => `${stem}-${Math.random().toString(36).slice(2)}`;

/**
 * The side panel reads its first rows while its strings load. Here the strings are made
 * active only when a read asks for them (a thenable, so the moment is the read's own): a read
 * that put the shipped names in the rep's language before that would draw them as their keys.
 */
function languageLoadedWhenAwaited(): PromiseLike<void> & { asked: boolean } {
  const language = {
    asked: false,
    then<A, B>(resolve?: ((value: void) => A | PromiseLike<A>) | null, reject?: ((reason: unknown) => B | PromiseLike<B>) | null): PromiseLike<A | B> {
      language.asked = true;
      activateMessages('pl', pl);
      return Promise.resolve().then(resolve, reject);
    },
  };
  return language;
}

afterEach(() => activateMessages('en', en));

describe("the side panel's first reads", () => {
  it('name the shipped stages and the due steps in the language loaded alongside, never as keys', async () => {
    const name = uniqueName('panel-first-reads');
    const db = new LeadsDatabase(name);
    await db.open();
    const now = Date.now();
    const saved = await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ source: 'linkedin', capturedAt: now, fullName: 'Ada Nowak' }) }, now);
    const [sequence] = await listSequences(db);
    await enrolLeads(db, [saved.id], sequence!.id, 'manual', now);
    // Nothing active yet, as when a page starts.
    activateMessages('pl', {});

    const language = languageLoadedWhenAwaited();
    const list = await firstList(language, name);
    expect(language.asked).toBe(true);
    expect(list!.leads.map((lead) => lead.id)).toEqual([saved.id]);
    expect(list!.pipeline.stages.map((stage) => stage.name)).toContain(pl['default.stage.new']);
    expect(list!.pipeline.stages.map((stage) => stage.name).join()).not.toContain('default.stage');
    const [due] = list!.due!.items;
    expect(due!.sequence!.name).toBe(pl[`default.seq.${sequence!.id}` as keyof typeof pl]);
    expect(JSON.stringify(due!.sequence)).not.toContain('default.seq');

    activateMessages('pl', {});
    const lead = await firstLead(saved.id, languageLoadedWhenAwaited(), name);
    expect(lead!.lead.id).toBe(saved.id);
    expect(lead!.pipeline.stages[0]!.name).toBe(pl['default.stage.new']);
    db.close();
  });
});
