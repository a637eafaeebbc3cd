/**
 * An undo refused because what it would take back was changed since (in another window,
 * or by a sync): undoing would silently overwrite that newer change. Free of Dexie and
 * Zod, so the undo store and the failure wording can know it.
 */
export class ChangedSinceError extends Error {
  constructor() {
    super('changed since');
    this.name = 'ChangedSinceError';
  }
}
