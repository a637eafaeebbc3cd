import type { enUnfinished } from '../en-unfinished';

/** Romanian strings for a transfer cut short (an import or a restore whose page closed before it committed). */
export const roUnfinished: Record<keyof typeof enUnfinished, string> = {
  'unfinished.import':
    'Ultimul import nu s-a încheiat (pagina sa a fost închisă în timpul rulării), așa că nu s-a importat nimic din el. Alegeți din nou fișierul pentru a-l importa.',
  'unfinished.restore':
    'Ultima restaurare a unei copii de rezervă nu s-a încheiat (pagina sa a fost închisă în timpul rulării), așa că nu s-a modificat nimic. Alegeți din nou copia de rezervă pentru a o restaura.',
};
