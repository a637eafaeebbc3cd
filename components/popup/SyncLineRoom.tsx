/**
 * One empty line where the popup's CRM sync line goes, for a rep who connected HubSpot: the
 * first view knows that from storage (the background mirrors it), and the line itself comes
 * later (its chunk, the sync status read); without the room, velocity moved down a line.
 */
export function SyncLineRoom() {
  return (
    <p className="muted small crm-sync-line" aria-hidden="true" data-testid="sync-line-room">
      {'\u00a0'}
    </p>
  );
}
