import type { ChromiumSession } from './chromium';
import { storedRecords } from './extension-data';
import { DataPage } from '../pages/data-page';

export type DemoLead = { id: string; fullName?: string; stageId: string; score: number; nextStep?: { text: string }; dealValue?: number };

/**
 * Load the shipped demo pipeline (about 300 leads with deals, touches and live
 * follow-ups) the way a rep does, from the options page's Data section; returns the
 * demo lead a screenshot or check should show: one with a deal, a next step and touches.
 */
export async function loadDemo(session: ChromiumSession): Promise<DemoLead> {
  const data = new DataPage(await session.extensionPage('options.html#data'));
  await data.part('Demo data').getByRole('button', { name: 'Load demo data' }).click();
  await data.status('Demo data').filter({ hasText: /^Loaded / }).waitFor({ timeout: 30_000 });
  await data.page.close();
  const leads = await storedRecords<DemoLead>(session.worker, 'leads');
  const shown = leads.filter((lead) => lead.nextStep && lead.dealValue && lead.stageId !== 'won' && lead.stageId !== 'lost').sort((a, b) => b.score - a.score)[0];
  if (!shown) throw new Error('the demo has no open lead with a deal and a next step');
  return shown;
}
