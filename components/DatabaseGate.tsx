import { useEffect, useState, type ReactNode } from 'react';
import { describeOpenFailure, type OpenFailure } from '@/lib/db/open-failure';
import { foldPendingFigures } from '@/lib/db/write/figures-store';
import { t } from '@/lib/i18n';
import { openFailureText } from '@/lib/ui/open-failure-text';
import { useDb } from './db-context';
import { RawRescue } from './RawRescue';

type Opening = { state: 'opening' } | { state: 'blocked' } | { state: 'open' } | { state: 'failed'; failure: OpenFailure };

/**
 * Opens the database before the page is drawn. An open that fails (an upgrade that
 * threw, a newer version's data, a broken store) shows why, truthfully, and offers the
 * raw data for download; an open that another tab blocks says so until it goes on.
 */
export function DatabaseGate({ children, pending }: { children: ReactNode; /** Shown while the database opens (the popup's first view); a line saying so by default. */ pending?: ReactNode }) {
  const db = useDb();
  const [opening, setOpening] = useState<Opening>(() => (db.isOpen() ? { state: 'open' } : { state: 'opening' }));
  useEffect(() => {
    let live = true;
    // Fired when another connection (an older version in another tab) does not let the upgrade start.
    const onBlocked = () => {
      if (live) setOpening((current) => (current.state === 'opening' ? { state: 'blocked' } : current));
    };
    db.on('blocked', onBlocked);
    db.open().then(
      () => {
        // A long write whose page closed between its commit and its fold left its figures waiting:
        // the background folds them when it starts, but it may be running; so does every page that opens.
        void foldPendingFigures(db, Date.now()).catch(() => undefined);
        if (live) setOpening({ state: 'open' });
      },
      async (error: unknown) => {
        const failure = await describeOpenFailure(db.name, db.verno, error);
        if (live) setOpening({ state: 'failed', failure });
      },
    );
    return () => {
      live = false;
      db.on('blocked').unsubscribe(onBlocked);
    };
  }, [db]);

  if (opening.state === 'open') return <>{children}</>;
  if (opening.state === 'opening') return pending ?? <p className="muted">{t('open.opening')}</p>;
  if (opening.state === 'blocked')
    return (
      <main className="open-failure">
        <p role="alert">{t('open.blocked')}</p>
      </main>
    );
  const text = openFailureText(opening.failure);
  return (
    <main className="open-failure">
      <p role="alert" className="error">
        {text}
      </p>
      <RawRescue name={db.name} expectedSchemaVersion={db.verno} reason={text} />
    </main>
  );
}
