import { useState } from 'react';
import { LEAD_SOURCES, type LeadSource } from '@/lib/capture/schema';
import { currentLocale, t, type MessageKey } from '@/lib/i18n';
import { formatDateInput, formatDealInput, formatMoney, parseCloseDate, parseDealValue } from '@/lib/pipeline/deal-input';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import { stageOf, weightedValue } from '@/lib/pipeline/stage-change';
import type { Lead } from '@/lib/schema/records';
import { currencyChoices, currencyLabel } from '../format';
import { WriteFailure } from '../WriteFailure';
import { usePipelineSave } from './use-pipeline-save';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

type Drafts = { value?: string; close?: string; referredBy?: string };
type Errors = { value?: string; close?: string };

/**
 * Deal value with its currency, expected close date, source and referrer, saved as
 * the rep types. Bad values are refused at the field with the reason and never stored.
 */
export function DealSection({ lead, pipeline }: { lead: Lead; pipeline: PipelineSettings }) {
  const { save, failure } = usePipelineSave(lead);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [errors, setErrors] = useState<Errors>({});
  const locale = currentLocale();
  const currency = lead.currency ?? pipeline.currency;
  const valueText = drafts.value ?? formatDealInput(lead.dealValue, locale);
  const closeText = drafts.close ?? formatDateInput(lead.expectedCloseAt);

  function commitValue(text: string) {
    const parsed = parseDealValue(text, locale);
    if (!parsed.ok) return setErrors({ ...errors, value: t(`pipeline.deal.error.${parsed.error}` as MessageKey) });
    setErrors({ ...errors, value: undefined });
    if (parsed.value === lead.dealValue) return setDrafts({ ...drafts, value: undefined });
    // What was typed stays in the field until it is stored (a failed write says why beside it).
    void save({ dealValue: parsed.value ?? null, ...(lead.currency ? {} : { currency }) }, t('deal.value')).then(
      (saved) => saved && setDrafts((current) => ({ ...current, value: undefined })),
    );
  }

  function changeClose(text: string, final: boolean) {
    setDrafts({ ...drafts, close: text });
    const parsed = parseCloseDate(text, lead.createdAt, clock());
    if (!parsed.ok) {
      // A date input passes through impossible dates while the year is typed: complain once the rep leaves it.
      if (final) setErrors({ ...errors, close: t(`pipeline.close.error.${parsed.error}` as MessageKey) });
      return;
    }
    setErrors({ ...errors, close: undefined });
    if (parsed.value !== lead.expectedCloseAt) void save({ expectedCloseAt: parsed.value ?? null }, t('deal.close'));
    if (final) setDrafts({ ...drafts, close: undefined });
  }

  const stage = stageOf(pipeline, lead.stageId);
  return (
    <fieldset className="deal">
      <legend className="section-title">{t('deal.title')}</legend>
      <div className="deal-value-row">
        <label>
          {t('deal.value')}
          <input
            type="text"
            inputMode="decimal"
            maxLength={40}
            value={valueText}
            aria-invalid={errors.value ? true : undefined}
            onChange={(e) => setDrafts({ ...drafts, value: e.target.value })}
            onBlur={(e) => commitValue(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && commitValue(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('deal.currency')}
          <select value={currency} onChange={(e) => void save({ currency: e.target.value }, t('deal.currency'))}>
            {currencyChoices(currency, pipeline.currency).map((code) => (
              <option key={code} value={code}>
                {currencyLabel(code)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {errors.value && (
        <p className="field-error" role="alert">
          {errors.value}
        </p>
      )}
      {lead.dealValue !== undefined && stage && stage.kind !== 'won' && stage.kind !== 'lost' && (
        <p className="muted small">
          {t('deal.weighted', { value: formatMoney(weightedValue(lead, pipeline), currency, locale), probability: stage.probability })}
        </p>
      )}
      <label>
        {t('deal.close')}
        <input
          type="date"
          value={closeText}
          aria-invalid={errors.close ? true : undefined}
          onChange={(e) => changeClose(e.target.value, false)}
          onBlur={(e) => changeClose(e.target.value, true)}
        />
      </label>
      {errors.close && (
        <p className="field-error" role="alert">
          {errors.close}
        </p>
      )}
      <label>
        {t('deal.source')}
        <select value={lead.source} onChange={(e) => void save({ source: e.target.value as LeadSource }, t('deal.source'))}>
          {LEAD_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`source.${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      {(lead.source === 'referral' || lead.referredBy) && (
        <label>
          {t('deal.referredBy')}
          <input
            type="text"
            maxLength={200}
            value={drafts.referredBy ?? lead.referredBy ?? ''}
            onChange={(e) => setDrafts({ ...drafts, referredBy: e.target.value })}
            onBlur={(e) => {
              if (e.target.value === (lead.referredBy ?? '')) return setDrafts({ ...drafts, referredBy: undefined });
              void save({ referredBy: e.target.value }, t('deal.referredBy')).then((saved) => saved && setDrafts((current) => ({ ...current, referredBy: undefined })));
            }}
          />
        </label>
      )}
      <WriteFailure text={failure} />
    </fieldset>
  );
}
