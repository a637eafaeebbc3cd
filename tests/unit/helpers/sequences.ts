import { PersonCaptureSchema } from '../../../lib/capture/schema';
import { saveCapture } from '../../../lib/db/save-capture';
import { enrolLeads, saveSequence } from '../../../lib/db/sequences';
import type { Sequence, SequenceStep } from '../../../lib/sequences/schema';
import { freshDb, NOW } from './db';

/** The sequences the sequence tests build: steps, a sequence of them, and a saved lead enrolled in it. */

export const step = (id: string, channel: SequenceStep['channel'], delayDays: number, title = id): SequenceStep => ({ id, channel, delayDays, businessDays: false, title, template: '' });

export const cadence = (id: string, steps: SequenceStep[], triggers: Sequence['triggers'] = [], name = 'Cadence'): Sequence => ({
  id,
  name,
  createdAt: NOW,
  updatedAt: NOW,
  triggers,
  steps,
});

/** A fresh database with the sequence saved and Ada Lovelace captured (and enrolled by hand unless `enrolled` is false). */
export async function adaIn(sequence: Sequence, { enrolled = true } = {}) {
  const db = freshDb();
  await saveSequence(db, sequence);
  const person = PersonCaptureSchema.parse({ fullName: 'Ada Lovelace', linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace/', source: 'linkedin', capturedAt: NOW });
  const id = (await saveCapture(db, { kind: 'person', person }, NOW)).id;
  if (enrolled) await enrolLeads(db, [id], sequence.id, 'manual', NOW);
  return { db, id };
}
