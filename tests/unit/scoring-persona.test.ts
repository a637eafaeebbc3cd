/**
 * "Fits the buyer persona": each list the persona fills in must match, the
 * parts say which did and by what term, and the persona rule in the engine
 * follows `fits`.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { scoreLead } from '../../lib/scoring/engine';
import { matchPersona } from '../../lib/scoring/persona';
import { PersonaSchema, RuleSetSchema, type Persona, type ScoringInput } from '../../lib/scoring/schema';

const NOW = Date.UTC(2026, 5, 1);
const lead = (fields: Partial<ScoringInput> = {}): ScoringInput => ({ tags: [], activity: {}, ...fields });
const persona = (p: Partial<Persona>): Persona =>
  PersonaSchema.parse({ name: 'Target', titles: [], industries: [], sizeBands: [], locations: [], ...p });

describe('matchPersona', () => {
  it('titles: the title or the headline contains a term (case and accents ignored)', () => {
    const p = persona({ titles: ['head of sales', 'dyrektor sprzedaży'] });
    expect(matchPersona(lead({ title: 'Head of Sales EMEA' }), p)).toEqual({ fits: true, parts: [{ part: 'titles', matched: true, term: 'head of sales' }] });
    expect(matchPersona(lead({ title: 'DYREKTOR SPRZEDAZY' }), p).parts[0]).toEqual({ part: 'titles', matched: true, term: 'dyrektor sprzedaży' });
    expect(matchPersona(lead({ title: 'Founder', headline: 'Founder | ex-Head of Sales @ Acme' }), p).fits).toBe(true);
    expect(matchPersona(lead({ title: 'Software Engineer' }), p)).toEqual({ fits: false, parts: [{ part: 'titles', matched: false }] });
    expect(matchPersona(lead(), p).fits).toBe(false);
  });

  it('reports the first term (in the persona\'s order) that matched', () => {
    const p = persona({ titles: ['sales', 'head of sales'] });
    expect(matchPersona(lead({ title: 'Head of Sales' }), p).parts[0]?.term).toBe('sales');
  });

  it('industries and locations: contains any term', () => {
    const p = persona({ industries: ['software', 'it services'], locations: ['poland', 'deutschland'] });
    expect(matchPersona(lead({ industry: 'Software Development', location: 'Kraków, Poland' }), p)).toEqual({
      fits: true,
      parts: [
        { part: 'industries', matched: true, term: 'software' },
        { part: 'locations', matched: true, term: 'poland' },
      ],
    });
    expect(matchPersona(lead({ industry: 'Retail', location: 'Poland' }), p)).toEqual({
      fits: false,
      parts: [
        { part: 'industries', matched: false },
        { part: 'locations', matched: true, term: 'poland' },
      ],
    });
  });

  describe('size bands', () => {
    const p = persona({ sizeBands: ['51-200', '10,001+', 'SMB'] });
    it.each([
      ['51-200 employees', '51-200'],
      ['51–200 pracowników', '51-200'],
      ['51-200', '51-200'],
      ['10,001+ employees', '10,001+'],
      ['smb', 'SMB'],
    ])('%j matches by %j', (band, term) => {
      expect(matchPersona(lead({ sizeBand: band }), p).parts[0]).toEqual({ part: 'sizeBands', matched: true, term });
    });
    it.each([['201-500 employees'], ['11-50 employees'], ['Enterprise'], ['']])('%j does not match', (band) => {
      expect(matchPersona(lead({ sizeBand: band }), p).parts[0]).toEqual({ part: 'sizeBands', matched: false });
    });
    it('a band term matches a lead whose lower bound is inside it (both ends inclusive)', () => {
      const wide = persona({ sizeBands: ['51-1000'] });
      expect(matchPersona(lead({ sizeBand: '501-1,000 employees' }), wide).fits).toBe(true);
      expect(matchPersona(lead({ sizeBand: '1,001-5,000 employees' }), wide).fits).toBe(false);
      expect(matchPersona(lead({ sizeBand: '51+' }), wide).fits).toBe(true);
    });
  });

  it('fits only when every specified part matches; parts list only specified parts, in a fixed order', () => {
    const p = persona({ locations: ['poland'], titles: ['vp'], sizeBands: ['201-500'] });
    const full = lead({ title: 'VP Sales', sizeBand: '201-500 employees', location: 'Warsaw, Poland' });
    expect(matchPersona(full, p)).toEqual({
      fits: true,
      parts: [
        { part: 'titles', matched: true, term: 'vp' },
        { part: 'sizeBands', matched: true, term: '201-500' },
        { part: 'locations', matched: true, term: 'poland' },
      ],
    });
    const wrongPlace = { ...full, location: 'Berlin, Germany' };
    expect(matchPersona(wrongPlace, p).fits).toBe(false);
    expect(matchPersona(wrongPlace, p).parts.map((x) => x.matched)).toEqual([true, true, false]);
  });

  it('a persona with no list filled in fits nobody', () => {
    expect(matchPersona(lead({ title: 'CEO' }), persona({}))).toEqual({ fits: false, parts: [] });
  });
});

describe('the persona rule', () => {
  const set = RuleSetSchema.parse({
    rules: [{ id: 'persona', name: 'Fits', enabled: true, condition: { kind: 'persona' }, points: 5, per: 'match' }],
    persona: { name: 'Target', titles: ['vp sales'], industries: [], sizeBands: ['51-200'], locations: [] },
    decay: { enabled: false, quietDays: 30, weeklyLossPercent: 0 },
    thresholds: { mql: 5, sql: 10 },
  });

  it('adds its points when the lead fits, and the result always carries the persona match', () => {
    const fits = scoreLead(lead({ title: 'VP Sales', sizeBand: '51-200' }), set, NOW);
    expect(fits.contributions).toEqual([{ ruleId: 'persona', name: 'Fits', points: 5, category: 'fit' }]);
    expect(fits.persona.fits).toBe(true);
    const partial = scoreLead(lead({ title: 'VP Sales', sizeBand: '11-50' }), set, NOW);
    expect(partial.contributions).toEqual([]);
    expect(partial.persona).toEqual({
      fits: false,
      parts: [
        { part: 'titles', matched: true, term: 'vp sales' },
        { part: 'sizeBands', matched: false },
      ],
    });
  });

  it('the default persona matches the usual spellings of a sales leader', () => {
    for (const title of ['Head of Sales', 'VP of Sales', 'VP, Sales', 'Vice President of Sales', 'Sales Director DACH', 'Chief Revenue Officer', 'Dyrektor Sprzedaży', 'Director de Vânzări', 'Director Vanzari', 'Director Comercial', 'Директор по продажам', 'Коммерческий директор', 'Руководитель отдела продаж']) {
      expect(matchPersona(lead({ title, sizeBand: '201-500 employees' }), DEFAULT_RULESET.persona).fits, title).toBe(true);
    }
    // The default persona names no size band: an unknown or large company does not keep a sales leader out.
    expect(matchPersona(lead({ title: 'Head of Sales', sizeBand: '10,001+ employees' }), DEFAULT_RULESET.persona).fits).toBe(true);
    expect(matchPersona(lead({ title: 'Head of Sales' }), DEFAULT_RULESET.persona).fits).toBe(true);
    expect(matchPersona(lead({ title: 'Software Engineer', sizeBand: '51-200 employees' }), DEFAULT_RULESET.persona).fits).toBe(false);
  });
});
