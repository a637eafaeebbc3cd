import { getDb } from '@/lib/db/database';
import { setupFigures } from '@/lib/background/figures';
import { setupCommands } from '@/lib/background/commands';
import { setupContextMenus } from '@/lib/background/context-menus';
import { setupMessageHandlers } from '@/lib/background/messages';
import { setupSidePanel } from '@/lib/panel/open-panel';
import { setupWelcome } from '@/lib/background/welcome';
import { createRescorer, setupDecayRescore } from '@/lib/background/scoring';
import { setupNotifications } from '@/lib/background/notifications';
import { setupSqlNotifications } from '@/lib/background/crossings';
import { setupReminders } from '@/lib/background/reminders';
import { setupLanguage } from '@/lib/background/language';
import { ensureMenus } from '@/lib/background/context-menus';
import { setupCrmSync } from '@/lib/background/crm-sync';
import { mirrorCrmConnected } from '@/lib/background/crm-connected';

export default defineBackground(() => {
  // Menu titles, notifications and the in-page control speak the rep's language; a change re-titles the menus.
  const contentMessages = setupLanguage(() => void ensureMenus().catch(() => undefined));
  const db = getDb();
  // What waits for a rescore's end (SQL crossings, due steps) is checked once it ends, not after each chunk.
  const rescore = createRescorer(db, Date.now, () => {
    void checkCrossings();
    void checkReminders();
  });
  const checkCrossings = setupSqlNotifications(db, Date.now, rescore.busy);
  setupMessageHandlers(db, { rescore: () => void rescore(), checkCrossings: () => void checkCrossings(), contentMessages });
  setupNotifications();
  // A rescore cut short by the worker stopping resumes when it starts again.
  void rescore();
  setupDecayRescore(db, Date.now, rescore);
  const checkReminders = setupReminders(db, Date.now, rescore.busy);
  setupFigures(db, Date.now);
  setupCommands(db);
  setupContextMenus(db);
  setupSidePanel();
  setupWelcome();
  // HubSpot: a sync round every 15 minutes while connected ("Sync now" and the popup ask for one too).
  setupCrmSync(db, Date.now);
  // The LinkedIn content script asks about profiles only while this says a CRM is connected.
  mirrorCrmConnected(db);
});
