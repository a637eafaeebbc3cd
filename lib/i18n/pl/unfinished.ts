import type { enUnfinished } from '../en-unfinished';

/** Polish strings for a transfer cut short (an import or restore whose page closed before it committed). */
export const plUnfinished: Record<keyof typeof enUnfinished, string> = {
  'unfinished.import':
    'Ostatni import nie został dokończony (jego strona została zamknięta w trakcie), więc nic z niego nie zaimportowano. Wybierz plik ponownie, aby go zaimportować.',
  'unfinished.restore':
    'Ostatnie przywracanie kopii zapasowej nie zostało dokończone (jego strona została zamknięta w trakcie), więc nic nie zostało zmienione. Wybierz kopię zapasową ponownie, aby ją przywrócić.',
};
