// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { industryMatcher } from '../../lib/crm/hubspot/mapping';
import type { Company } from '../../lib/schema/records';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { connectedSync } from './helpers/hubspot-sync';
import { NOW } from './helpers/db';

/**
 * HubSpot's company `industry` is a dropdown of its own values (COMPUTER_SOFTWARE …), and it
 * refuses any other value with 400 INVALID_OPTION for the whole batch. LinkedIn's industry text
 * was sent as it is: every company with an industry was refused (and before refusals were
 * isolated, the whole sync stopped on it).
 */

const hubspot = hubSpotServerPerTest();

const company = (id: string, industry: string): Company => ({ id, name: `Company ${id}`, industry, source: 'linkedin', editedFields: [], createdAt: NOW, updatedAt: NOW });

describe('HubSpot company industry', () => {
  it('is sent as the portal option it names, and left out when the portal has none', async () => {
    const { server, connector, config } = await connectedSync(hubspot);
    const outcome = await connector.push({
      companies: [{ company: company('co-1', 'Computer Software') }, { company: company('co-2', 'Software Development') }, { company: company('co-3', 'Marketing & Advertising') }],
      leads: [],
      touches: [],
      nextSteps: [],
      mapping: config.mapping,
      firstStageId: 'new',
    });
    expect(outcome.refused).toEqual([]);
    const industry = (id: string) => server.store.find('companies', outcome.companies[id]!)!.properties.industry;
    expect(industry('co-1')).toBe('COMPUTER_SOFTWARE');
    expect(industry('co-2')).toBeUndefined();
    expect(industry('co-3')).toBe('MARKETING_AND_ADVERTISING');
  });

  it('matches by label or value, whatever the case and punctuation', () => {
    const of = industryMatcher([
      { value: 'INFORMATION_TECHNOLOGY_AND_SERVICES', label: 'Information Technology and Services' },
      { value: 'BANKING', label: 'Banking' },
    ]);
    expect(of('information technology & services')).toBe('INFORMATION_TECHNOLOGY_AND_SERVICES');
    expect(of('INFORMATION_TECHNOLOGY_AND_SERVICES')).toBe('INFORMATION_TECHNOLOGY_AND_SERVICES');
    expect(of('Banking ')).toBe('BANKING');
    expect(of('Bank')).toBeUndefined();
    expect(of(undefined)).toBeUndefined();
  });
});
