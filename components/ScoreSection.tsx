import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { setLabelByHand } from '@/lib/db/label';
import { getScoring } from '@/lib/db/settings';
import { formatDateTime, t, type MessageKey } from '@/lib/i18n';
import { explainLead } from '@/lib/scoring/apply';
import type { ScoreLabel } from '@/lib/scoring/schema';
import type { Lead } from '@/lib/schema/records';
import { localizeRuleSet, ruleName } from '@/lib/i18n/default-names';
import { useDb } from './db-context';
import { formatPoints } from './format';
import { useWrite } from './use-write';
import { WriteFailure } from './WriteFailure';

const LABELS: ScoreLabel[] = ['cold', 'mql', 'sql'];

/** Why the lead scores what it scores: each rule's part, the persona fit, the history; and the label by hand. */
export function ScoreSection({ lead }: { lead: Lead }) {
  const db = useDb();
  const write = useWrite();
  // The explanation is of the score as of when the panel opened.
  const [now] = useState(() => Date.now());
  const scoring = useLiveQuery(() => getScoring(db), [db]);
  const company = useLiveQuery(async () => (lead.companyId ? ((await db.companies.get(lead.companyId)) ?? null) : null), [db, lead.companyId]);
  if (!scoring || company === undefined) return null;
  const result = explainLead(lead, company ?? undefined, scoring.ruleSet, now);
  const persona = localizeRuleSet(scoring.ruleSet).persona;
  return (
    <section className="score-section" aria-labelledby="score-title">
      <h3 id="score-title" className="section-title">
        {t('score.title')}
      </h3>
      <p className="score-line">
        <strong data-testid="lead-score">{formatPoints(lead.score, false)}</strong> <span className={`badge badge-${lead.scoreLabel}`}>{t(`label.${lead.scoreLabel}` as MessageKey)}</span>
        {lead.labelByHand && <span className="muted small"> {t('score.byHand')}</span>}
      </p>
      {result.contributions.length === 0 ? (
        <p className="muted small">{t('score.noRules')}</p>
      ) : (
        <ul className="contributions" aria-label={t('score.breakdown')}>
          {result.contributions.map((part) => (
            <li key={part.ruleId}>
              <span>{ruleName({ id: part.ruleId, name: part.name, renamed: scoring.ruleSet.rules.find((r) => r.id === part.ruleId)?.renamed })}</span>
              <span className="points">{formatPoints(part.points, true)}</span>
            </li>
          ))}
        </ul>
      )}
      {result.persona.parts.length > 0 && (
        <p className="small">
          {t(result.persona.fits ? 'score.personaFits' : 'score.personaMisses', { persona: persona.name })}{' '}
          {result.persona.parts.map((p) => `${t(`persona.${p.part}` as MessageKey)} ${p.matched ? '✓' : '✗'}${p.term ? ` (${p.term})` : ''}`).join(' · ')}
        </p>
      )}
      <label className="inline-field">
        {t('score.label')}{' '}
        {/* Shows the stored label: a write that fails leaves it where it was, with the reason below. */}
        <select
          value={lead.scoreLabel}
          aria-describedby={write.failure ? 'score-label-failure' : undefined}
          onChange={(e) => {
            const label = e.target.value as ScoreLabel;
            void write.run(() => setLabelByHand(db, lead.id, label, Date.now()));
          }}
        >
          {LABELS.map((label) => (
            <option key={label} value={label}>
              {t(`label.${label}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <WriteFailure id="score-label-failure" text={write.failure} />
      {lead.scoreHistory.length > 1 && (
        <details>
          <summary>{t('score.history')}</summary>
          <ol className="history small">
            {[...lead.scoreHistory].reverse().map((entry) => (
              <li key={`${entry.at}-${entry.score}-${entry.label}`}>
                {formatDateTime(entry.at)}: {formatPoints(entry.score, false)} ({t(`label.${entry.label}` as MessageKey)})
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
