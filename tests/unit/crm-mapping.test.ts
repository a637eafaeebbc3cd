import { describe, expect, it } from 'vitest';
import { companyProperties, contactProperties, dealProperties, domainOf, fillOnly, needsDeal, noteProperties, taskProperties } from '../../lib/crm/hubspot/mapping';
import { proposeStageMapping, stageFromCrm } from '../../lib/crm/stages';
import type { CrmPipeline } from '../../lib/crm/connector';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import type { Activity, Company } from '../../lib/schema/records';
import { leadRecord } from './helpers/lead';
import { NOW } from './helpers/db';

const HUBSPOT_PIPELINE: CrmPipeline = {
  id: 'default',
  label: 'Sales Pipeline',
  stages: [
    { id: 'appointmentscheduled', label: 'Appointment', closed: false, probability: 0.2 },
    { id: 'qualifiedtobuy', label: 'Qualified', closed: false, probability: 0.4 },
    { id: 'contractsent', label: 'Contract', closed: false, probability: 0.9 },
    { id: 'closedlost', label: 'Closed Lost', closed: true, probability: 0 },
    { id: 'closedwon', label: 'Closed Won', closed: true, probability: 1 },
  ],
};

describe('lead -> contact properties', () => {
  it('sends only what we have, lower-cases the e-mail, and carries our record id and the LinkedIn URL', () => {
    const lead = leadRecord({ id: 'lead-0001', firstName: 'Ada', lastName: 'Lovelace', email: 'Ada@Example.COM', title: 'CTO', companyName: 'Engines', linkedinUrl: 'https://www.linkedin.com/in/ada/' });
    expect(contactProperties(lead)).toEqual({
      email: 'ada@example.com',
      firstname: 'Ada',
      lastname: 'Lovelace',
      jobtitle: 'CTO',
      company: 'Engines',
      prospecting_linkedin_url: 'https://www.linkedin.com/in/ada/',
      prospecting_record_id: 'lead-0001',
    });
  });

  it('splits a full name when the parts are missing', () => {
    expect(contactProperties(leadRecord({ fullName: 'Jean Luc Picard' }))).toMatchObject({ firstname: 'Jean Luc', lastname: 'Picard' });
    expect(contactProperties(leadRecord({ fullName: 'Cher' }))).not.toHaveProperty('lastname');
  });

  it('fills only what a team contact lacks, and never claims it with our record id', () => {
    const ours = { email: 'a@example.com', firstname: 'Ada', jobtitle: 'CTO', prospecting_record_id: 'lead-1' };
    expect(fillOnly(ours, { email: 'a@example.com', firstname: 'Ada L.', jobtitle: null })).toEqual({ jobtitle: 'CTO' });
  });
});

describe('company properties', () => {
  it('takes the domain from the website without www', () => {
    expect(domainOf('https://www.Acme.example/about')).toBe('acme.example');
    expect(domainOf('not a url')).toBeUndefined();
    const company = { id: 'company-1', name: 'Acme', website: 'https://www.acme.example/', editedFields: [], createdAt: NOW, updatedAt: NOW, source: 'linkedin' } as Company;
    expect(companyProperties(company)).toEqual({ name: 'Acme', domain: 'acme.example', website: 'https://www.acme.example/', prospecting_record_id: 'company-1' });
  });
});

describe('deals and stages', () => {
  const mapping = proposeStageMapping(DEFAULT_PIPELINE.stages, HUBSPOT_PIPELINE);

  it('proposes won and lost to the closed stages, the open ones in order', () => {
    expect(mapping.stages.won).toBe('closedwon');
    expect(mapping.stages.lost).toBe('closedlost');
    expect(mapping.stages.new).toBe('appointmentscheduled');
    expect(mapping.stages.negotiation).toBe('contractsent');
    const open = ['new', 'discovery', 'qualified', 'demo', 'trial', 'negotiation'].map((id) => HUBSPOT_PIPELINE.stages.findIndex((s) => s.id === mapping.stages[id]));
    expect(open).toEqual([...open].sort((a, b) => a - b));
  });

  it('maps a HubSpot stage back: the lead keeps its stage when it maps there, else our first', () => {
    const order = DEFAULT_PIPELINE.stages.map((s) => s.id);
    const shared = mapping.stages.discovery!;
    const sharers = order.filter((id) => mapping.stages[id] === shared);
    expect(stageFromCrm(shared, mapping, order)).toBe(sharers[0]);
    expect(stageFromCrm(shared, mapping, order, sharers.at(-1))).toBe(sharers.at(-1));
    expect(stageFromCrm('closedwon', mapping, order)).toBe('won');
    expect(stageFromCrm('unknown', mapping, order)).toBeUndefined();
    // From a stage past all of them, the last: the smallest move back.
    const past = order.find((id) => mapping.stages[id] !== shared && order.indexOf(id) > order.indexOf(sharers.at(-1)!));
    if (sharers.length > 1 && past) expect(stageFromCrm(shared, mapping, order, past)).toBe(sharers.at(-1));
  });

  it('makes a deal past the first stage or with a value, in the chosen pipeline and stage', () => {
    expect(needsDeal(leadRecord(), 'new')).toBe(false);
    expect(needsDeal(leadRecord({ dealValue: 0 }), 'new')).toBe(true);
    expect(needsDeal(leadRecord({ stageId: 'demo' }), 'new')).toBe(true);
    const lead = leadRecord({ id: 'lead-0002', fullName: 'Ada Lovelace', companyName: 'Engines', stageId: 'demo', dealValue: 1200, currency: 'EUR', expectedCloseAt: Date.UTC(2027, 0, 31) });
    expect(dealProperties(lead, mapping)).toEqual({
      dealname: 'Ada Lovelace – Engines',
      pipeline: 'default',
      dealstage: mapping.stages.demo,
      amount: '1200',
      deal_currency_code: 'EUR',
      closedate: '2027-01-31T00:00:00.000Z',
      prospecting_record_id: 'lead-0002',
    });
  });
});

describe('touches and next steps', () => {
  it('escapes the note text: HubSpot shows note bodies as HTML', () => {
    const activity: Activity = { id: 'act-00001', leadId: 'lead-1', kind: 'call', direction: 'outbound', at: NOW, note: 'Asked about <b>price</b> & terms\nCall back', createdAt: NOW };
    expect(noteProperties(activity, 'Call')).toEqual({
      hs_note_body: 'Call<br>Asked about &lt;b&gt;price&lt;/b&gt; &amp; terms<br>Call back',
      hs_timestamp: new Date(NOW).toISOString(),
      prospecting_record_id: 'act-00001',
    });
  });

  it('one task per lead for its next step; no step left completes it', () => {
    const due = NOW + 86_400_000;
    expect(taskProperties(leadRecord({ id: 'lead-0003', nextStep: { text: 'Send deck', dueAt: due } }), NOW)).toEqual({
      hs_task_subject: 'Send deck',
      hs_task_status: 'NOT_STARTED',
      hs_task_type: 'TODO',
      hs_timestamp: new Date(due).toISOString(),
      prospecting_record_id: 'next-step:lead-0003',
    });
    expect(taskProperties(leadRecord({ id: 'lead-0003' }), NOW)).toMatchObject({ hs_task_status: 'COMPLETED' });
  });
});
