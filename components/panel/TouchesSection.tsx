import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { addActivity } from '@/lib/db/activities';
import { formatDateTime, t, type MessageKey } from '@/lib/i18n';
import { TOUCH_KINDS, type TouchKind } from '@/lib/pipeline/touches';
import type { Activity, Lead } from '@/lib/schema/records';
import { responseTimes } from '@/lib/metrics/response-times';
import { formatDuration, formatShare } from '../format';
import { useDb } from '../db-context';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';
import { fromLocalInput } from './datetime';

type Direction = 'outbound' | 'inbound' | 'none';

/** This lead's speed to lead and reply rate, from its recorded touches. */
function LeadResponseTimes({ lead, activities }: { lead: Lead; activities: Activity[] }) {
  const result = responseTimes({ leads: [lead], touches: activities, period: { from: 0, to: Number.MAX_SAFE_INTEGER }, businessHours: false });
  const speed = result.speedToLead.median;
  const replies = result.prospectReply;
  if (speed === undefined && replies.total === 0) return null;
  return (
    <p className="small muted" data-testid="lead-response-times">
      {t('rt.onLead', {
        speed: speed === undefined ? t('rt.none') : formatDuration(speed),
        replies: replies.total === 0 ? t('rt.none') : t('rt.rate', { answered: replies.answered, total: replies.total, percent: formatShare(replies.answered / replies.total) }),
      })}
    </p>
  );
}

/** The latest touches the timeline shows before "Show all": enough for context, few enough that the sections below stay in reach. */
const TIMELINE_SHOWN = 5;

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();
/** How far ahead of the clock a logged touch may be: the current minute typed, or a clock a little behind. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** One-click logging of touches, each with its time (now unless changed) and direction, and the timeline. */
export function TouchesSection({ lead }: { lead: Lead }) {
  const db = useDb();
  const [when, setWhen] = useState('');
  const [direction, setDirection] = useState<Direction | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [showAll, setShowAll] = useState(false);
  const write = useWrite();
  const activities = useLiveQuery(
    () => db.activities.where('[leadId+at]').between([lead.id, 0], [lead.id, Number.MAX_SAFE_INTEGER]).reverse().limit(50).toArray(),
    [db, lead.id],
  );

  async function log(kind: TouchKind, usual: Direction) {
    const now = clock();
    const at = when ? fromLocalInput(when) : now;
    // A touch is something that happened: a time ahead (a call planned for tomorrow, typed here
    // by mistake) would move the last touch into the future. The minute a datetime field picks allows a little.
    if (at === undefined || at < lead.createdAt - 366 * 86_400_000 || at > now + FUTURE_SLACK_MS) {
      setError(t('touch.badTime'));
      return;
    }
    setError(undefined);
    // The note and time stay as typed until the touch is stored.
    const outcome = await write.run(() => addActivity(db, { leadId: lead.id, kind, direction: direction || usual, at, note: note || undefined }, now));
    if (!outcome.ok) return;
    setNote('');
    setWhen('');
  }

  return (
    <section className="touches" aria-labelledby="touches-title">
      <h3 id="touches-title" className="section-title">
        {t('touch.title')}
      </h3>
      <div className="touch-buttons">
        {TOUCH_KINDS.map(([kind, usual]) => (
          <button key={kind} type="button" onClick={() => void log(kind, usual)}>
            {t(`activity.${kind}` as MessageKey)}
          </button>
        ))}
      </div>
      <div className="touch-options">
        <label>
          {t('touch.when')}
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
        </label>
        <label>
          {t('touch.direction')}
          <select value={direction} onChange={(e) => setDirection(e.target.value as Direction | '')}>
            <option value="">{t('touch.directionUsual')}</option>
            <option value="outbound">{t('touch.outbound')}</option>
            <option value="inbound">{t('touch.inbound')}</option>
          </select>
        </label>
        <label>
          {t('touch.note')}
          <input type="text" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <WriteFailure text={write.failure} />
      {activities && <LeadResponseTimes lead={lead} activities={activities} />}
      <ol className="timeline" aria-label={t('touch.timeline')}>
        {(showAll ? (activities ?? []) : (activities ?? []).slice(0, TIMELINE_SHOWN)).map((a) => (
          <li key={a.id}>
            <span className="muted small">{formatDateTime(a.at)}</span> {t(`activity.${a.kind}` as MessageKey)}
            {a.direction !== 'none' && <span className="muted small"> · {t(a.direction === 'inbound' ? 'touch.inbound' : 'touch.outbound')}</span>}
            {a.note && <span className="small"> — {a.note}</span>}
          </li>
        ))}
      </ol>
      {(activities?.length ?? 0) > TIMELINE_SHOWN && (
        <button type="button" className="link" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {t(showAll ? 'touch.showLatest' : 'touch.showAll')}
        </button>
      )}
    </section>
  );
}
