import { getDb } from '@/lib/db/database';
import { setupKeptTotals } from '@/lib/background/kept-totals';
import { setupCommands } from '@/lib/background/commands';
import { setupContextMenus } from '@/lib/background/context-menus';
import { setupMessageHandlers } from '@/lib/background/messages';
import { setupSidePanel } from '@/lib/panel/open-panel';
import { setupWelcome } from '@/lib/background/welcome';
import { createRescorer, setupDecayRescore } from '@/lib/background/scoring';
import { notifySql, setupNotifications } from '@/lib/background/notifications';
import { setupReminders } from '@/lib/background/reminders';

export default defineBackground(() => {
  const db = getDb();
  const rescore = createRescorer(db, Date.now, (leads, finished) => notifySql(finished && leads.length > 1 ? leads : leads.slice(0, 1)));
  setupMessageHandlers(db, { rescore: () => void rescore(), sqlCrossed: (lead) => notifySql([lead]) });
  setupNotifications();
  // A rescore cut short by the worker stopping resumes when it starts again.
  void rescore();
  setupDecayRescore(db, Date.now, rescore);
  setupReminders(db, Date.now);
  setupKeptTotals(db, Date.now);
  setupCommands(db);
  setupContextMenus(db);
  setupSidePanel();
  setupWelcome();
});
