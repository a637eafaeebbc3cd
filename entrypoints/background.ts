import { getDb } from '@/lib/db/database';
import { setupCommands } from '@/lib/background/commands';
import { setupContextMenus } from '@/lib/background/context-menus';
import { setupMessageHandlers } from '@/lib/background/messages';
import { setupSidePanel } from '@/lib/panel/open-panel';
import { setupWelcome } from '@/lib/background/welcome';

export default defineBackground(() => {
  const db = getDb();
  setupMessageHandlers(db);
  setupCommands(db);
  setupContextMenus(db);
  setupSidePanel();
  setupWelcome();
});
