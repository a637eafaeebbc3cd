import { useId, useRef, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { HUBSPOT_ORIGINS } from '@/lib/crm/permission';
import { HUBSPOT_SCOPES } from '@/lib/crm/hubspot/scopes';
import { formatList, t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/transport';
import { ConfirmDialog } from '../ConfirmDialog';

type Problem = 'refused' | 'missing-scopes' | 'unreachable' | 'unexpected' | 'no-permission';

/**
 * The token field and "Connect". The host permission is asked for first, in the click
 * itself (the browser grants optional permissions only during a user gesture); the
 * background then checks the token with HubSpot. The token is cleared from the field
 * once connected and never shown again in full.
 */
export function ConnectForm() {
  const fieldId = useId();
  const helpId = useId();
  // Uncontrolled: React would mirror a controlled value into the element's value attribute,
  // and the token has no business in the page's markup. Only whether it is filled is state.
  const field = useRef<HTMLInputElement>(null);
  const [filled, setFilled] = useState(false);
  const token = () => field.current?.value.trim() ?? '';
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [otherPortal, setOtherPortal] = useState<string>();

  async function connect(replacePortal: boolean, granted: Promise<boolean>) {
    setBusy(true);
    setProblem(undefined);
    try {
      if (!(await granted)) return setProblem('no-permission');
      const answer = await sendToBackground({ type: 'crm.connect', token: token(), replacePortal });
      if (answer.ok) {
        if (field.current) field.current.value = '';
        return setFilled(false);
      }
      if (answer.reason === 'other-portal') return setOtherPortal(answer.portalId);
      setMissing(answer.scopes ?? []);
      setProblem(answer.reason);
    } catch {
      setProblem('unexpected');
    } finally {
      setBusy(false);
    }
  }

  // Called straight from the event: an await before permissions.request would spend the gesture.
  const request = () => browser.permissions.request({ origins: HUBSPOT_ORIGINS }).catch(() => false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!token() || busy) return;
    void connect(false, request());
  }

  return (
    <form onSubmit={submit} aria-busy={busy}>
      <label htmlFor={fieldId}>{t('crm.tokenLabel')}</label>
      <input
        id={fieldId}
        type="password"
        autoComplete="off"
        spellCheck={false}
        ref={field}
        aria-describedby={helpId}
        aria-invalid={problem === 'refused' || undefined}
        onChange={(event) => setFilled(event.target.value.trim() !== '')}
      />
      <div className="small muted">
        <p id={helpId}>{t('crm.tokenHelp')}</p>
        <p className="crm-scopes-label">{t('crm.tokenScopes')}</p>
        <ul className="crm-scopes" data-testid="crm-scopes">
          {HUBSPOT_SCOPES.map((scope) => (
            <li key={scope}>
              <code>{scope}</code>
            </li>
          ))}
        </ul>
      </div>
      <p className="button-row">
        <button type="submit" disabled={busy || !filled}>
          {busy ? t('crm.connecting') : t('crm.connect')}
        </button>
      </p>
      {problem && (
        <p role="alert" className="field-error" data-testid="crm-problem">
          {problem === 'missing-scopes' ? t('crm.error.missingScopes', { count: missing.length, scopes: formatList(missing) }) : t(`crm.error.${problem}`)}
        </p>
      )}
      {otherPortal !== undefined && (
        <ConfirmDialog
          title={t('crm.title')}
          body={t('crm.otherPortal', { portalId: otherPortal })}
          confirmLabel={t('crm.otherPortalConfirm', { portalId: otherPortal })}
          cancelLabel={t('common.cancel')}
          onConfirm={() => {
            setOtherPortal(undefined);
            void connect(true, request());
          }}
          onCancel={() => setOtherPortal(undefined)}
        />
      )}
    </form>
  );
}
