/**
 * Qualification transitions: crossing SQL upward is reported and dated once;
 * a hand-set label is never demoted by the score, but a higher score raises it.
 */
import { describe, expect, it } from 'vitest';
import { nextQualification, type QualificationState } from '../../lib/scoring/qualify';
import type { ScoreLabel, ScoreResult } from '../../lib/scoring/schema';

const T0 = Date.UTC(2026, 0, 1);
const T1 = T0 + 86_400_000;
const T2 = T1 + 86_400_000;

const scored = (label: ScoreLabel): ScoreResult => ({
  total: label === 'sql' ? 25 : label === 'mql' ? 12 : 0,
  label,
  contributions: [],
  persona: { fits: false, parts: [] },
});
const auto = (label: ScoreLabel | undefined, sqlAt?: number): QualificationState => ({ label, labelByHand: false, ...(sqlAt ? { sqlAt } : {}) });
const hand = (label: ScoreLabel, sqlAt?: number): QualificationState => ({ label, labelByHand: true, ...(sqlAt ? { sqlAt } : {}) });

describe('crossing the SQL threshold', () => {
  it('upward from mql or cold crosses once, dated now', () => {
    expect(nextQualification(auto('mql'), scored('sql'), T1)).toEqual({ label: 'sql', labelByHand: false, sqlAt: T1, crossedSql: true });
    expect(nextQualification(auto('cold'), scored('sql'), T1)).toEqual({ label: 'sql', labelByHand: false, sqlAt: T1, crossedSql: true });
  });

  it('a lead new to scoring that scores as SQL crosses', () => {
    expect(nextQualification(auto(undefined), scored('sql'), T1)).toEqual({ label: 'sql', labelByHand: false, sqlAt: T1, crossedSql: true });
  });

  it('staying SQL does not cross again', () => {
    expect(nextQualification(auto('sql', T0), scored('sql'), T1)).toEqual({ label: 'sql', labelByHand: false, sqlAt: T0, crossedSql: false });
  });

  it('re-crossing after a fall reports the crossing but keeps the earliest sqlAt', () => {
    const fell = nextQualification(auto('sql', T0), scored('mql'), T1);
    expect(fell).toEqual({ label: 'mql', labelByHand: false, sqlAt: T0, crossedSql: false });
    const again = nextQualification(fell, scored('sql'), T2);
    expect(again).toEqual({ label: 'sql', labelByHand: false, sqlAt: T0, crossedSql: true });
  });

  it('below SQL nothing is dated', () => {
    expect(nextQualification(auto('cold'), scored('mql'), T1)).toEqual({ label: 'mql', labelByHand: false, crossedSql: false });
  });
});

describe('labels set by hand', () => {
  it('are kept when the score falls below them', () => {
    expect(nextQualification(hand('sql', T0), scored('cold'), T1)).toEqual({ label: 'sql', labelByHand: true, sqlAt: T0, crossedSql: false });
    expect(nextQualification(hand('mql'), scored('cold'), T1)).toEqual({ label: 'mql', labelByHand: true, crossedSql: false });
  });

  it('stay "by hand" when the score agrees with them', () => {
    expect(nextQualification(hand('mql'), scored('mql'), T1)).toEqual({ label: 'mql', labelByHand: true, crossedSql: false });
  });

  it('are raised by a higher score, which then takes over', () => {
    const raised = nextQualification(hand('mql'), scored('sql'), T1);
    expect(raised).toEqual({ label: 'sql', labelByHand: false, sqlAt: T1, crossedSql: true });
    // From now on the label follows the score again.
    expect(nextQualification(raised, scored('mql'), T2)).toEqual({ label: 'mql', labelByHand: false, sqlAt: T1, crossedSql: false });
  });

  it('a hand-set SQL does not cross again when the score catches up', () => {
    expect(nextQualification(hand('sql'), scored('sql'), T1)).toEqual({ label: 'sql', labelByHand: true, crossedSql: false });
  });

  it('a hand-set cold lead follows a rising score', () => {
    expect(nextQualification(hand('cold'), scored('mql'), T1)).toEqual({ label: 'mql', labelByHand: false, crossedSql: false });
  });
});

describe('without a hand label', () => {
  it('the label follows the score both ways', () => {
    expect(nextQualification(auto('sql', T0), scored('cold'), T1)).toEqual({ label: 'cold', labelByHand: false, sqlAt: T0, crossedSql: false });
    expect(nextQualification(auto('mql'), scored('cold'), T1)).toEqual({ label: 'cold', labelByHand: false, crossedSql: false });
  });

  it('labelByHand with no label is treated as no hand label', () => {
    expect(nextQualification({ label: undefined, labelByHand: true }, scored('mql'), T1)).toEqual({ label: 'mql', labelByHand: false, crossedSql: false });
  });
});
