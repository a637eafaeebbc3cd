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
import { setLocale } from '@/lib/i18n';

export default defineBackground(() => {
  // Menu titles and notifications speak the browser's language (a change needs a browser restart, which runs this again).
  setLocale(browser.i18n.getUILanguage());
  const db = getDb();
  const checkCrossings = setupSqlNotifications(db, Date.now);
  const rescore = createRescorer(db, Date.now, () => void checkCrossings());
  setupMessageHandlers(db, { rescore: () => void rescore(), checkCrossings: () => void checkCrossings() });
  setupNotifications();
  // A rescore cut short by the worker stopping resumes when it starts again.
  void rescore();
  setupDecayRescore(db, Date.now, rescore);
  setupReminders(db, Date.now);
  setupFigures(db, Date.now);
  setupCommands(db);
  setupContextMenus(db);
  setupSidePanel();
  setupWelcome();
});
