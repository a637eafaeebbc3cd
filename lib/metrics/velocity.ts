/**
 * Sales velocity and what moved it, as pure functions of the four factors:
 *
 *   velocity = opportunities × average won deal value × win rate / average cycle (days)
 *
 * money per day (the seed: 50 × 25,000 × 0.04 / 28 = 1,785.71). A factor that
 * cannot be known (no won deal, no closed deal, no cycle) makes velocity unknown,
 * said with what is missing, never shown as 0 or NaN; except where a factor is
 * known to be 0: deals closed and none was won (a win rate of 0), or the deals won
 * were all worth 0 (an average won deal of 0). Then velocity is 0 whatever the other
 * factors would have been (a bad window is a 0, not a gap).
 */

export type VelocityFactors = {
  opportunities: number;
  averageWonValue: number | undefined;
  winRate: number | undefined;
  averageCycleDays: number | undefined;
};

export type Missing = 'no-opportunities' | 'no-won-deals' | 'no-closed-deals' | 'no-cycle' | 'zero-cycle';

export type Velocity = { ok: true; perDay: number; per30Days: number } | { ok: false; missing: Missing[] };

export function velocity(f: VelocityFactors): Velocity {
  if (f.winRate === 0 || f.averageWonValue === 0) return { ok: true, perDay: 0, per30Days: 0 };
  const missing: Missing[] = [];
  if (f.opportunities <= 0) missing.push('no-opportunities');
  if (f.averageWonValue === undefined || f.averageWonValue < 0) missing.push('no-won-deals');
  if (f.winRate === undefined) missing.push('no-closed-deals');
  if (f.averageCycleDays === undefined) missing.push('no-cycle');
  // Won deals whose cycle is nothing: saved already won (an import, a pull), so there is no cycle to measure.
  else if (f.averageCycleDays <= 0) missing.push('zero-cycle');
  if (missing.length > 0 || f.averageWonValue === undefined || f.winRate === undefined || f.averageCycleDays === undefined) return { ok: false, missing };
  const perDay = (f.opportunities * f.averageWonValue * f.winRate) / f.averageCycleDays;
  return { ok: true, perDay, per30Days: perDay * 30 };
}

export type Lever = 'opportunities' | 'dealValue' | 'winRate' | 'cycle';

/**
 * How much of a change in velocity each factor explains. The ratio of two
 * velocities is the product of the four factor ratios (the cycle's inverted), so
 * their logarithms add up exactly to the log of the change: each lever's share is
 * its log over the total. The lever that moved it most has the largest |log|.
 * A velocity of 0 (a win rate or an average won deal of 0) has no logs to split: down
 * to 0 is all the doing of the factor that is 0 (the win rate when both are); 0 to 0 is
 * no change; up from 0 is said as such (`fromZero`), never as an infinite ratio.
 */
export function decompose(
  before: VelocityFactors,
  after: VelocityFactors,
): { ok: true; ratio: number; logs: Record<Lever, number>; shares: Record<Lever, number> | undefined; biggest: Lever } | { ok: false; fromZero?: true } {
  const a = velocity(before);
  const b = velocity(after);
  if (!a.ok || !b.ok) return { ok: false };
  const none: Record<Lever, number> = { opportunities: 0, dealValue: 0, winRate: 0, cycle: 0 };
  if (a.perDay === 0 && b.perDay === 0) return { ok: true, ratio: 1, logs: none, shares: undefined, biggest: 'winRate' };
  if (a.perDay === 0) return { ok: false, fromZero: true };
  if (b.perDay === 0) {
    const zeroed: Lever = after.winRate === 0 ? 'winRate' : 'dealValue';
    return { ok: true, ratio: 0, logs: { ...none, [zeroed]: -Infinity }, shares: undefined, biggest: zeroed };
  }
  const logs: Record<Lever, number> = {
    opportunities: Math.log(after.opportunities / before.opportunities),
    dealValue: Math.log(after.averageWonValue! / before.averageWonValue!),
    winRate: Math.log(after.winRate! / before.winRate!),
    cycle: Math.log(before.averageCycleDays! / after.averageCycleDays!),
  };
  const total = Math.log(b.perDay / a.perDay);
  const levers = Object.keys(logs) as Lever[];
  const biggest = levers.reduce((best, lever) => (Math.abs(logs[lever]) > Math.abs(logs[best]) ? lever : best), levers[0]!);
  // No change at all: there is nothing to share out.
  const shares = Math.abs(total) < 1e-12 ? undefined : (Object.fromEntries(levers.map((l) => [l, logs[l] / total])) as Record<Lever, number>);
  return { ok: true, ratio: b.perDay / a.perDay, logs, shares, biggest };
}

/** Velocity with one factor nudged by a relative amount (what-if: win rate +10 % is { winRate: 0.1 }). */
export function whatIf(f: VelocityFactors, nudge: Partial<Record<Lever, number>>): Velocity {
  const scale = (value: number | undefined, by: number | undefined) => (value === undefined ? undefined : value * (1 + (by ?? 0)));
  return velocity({
    opportunities: f.opportunities * (1 + (nudge.opportunities ?? 0)),
    averageWonValue: scale(f.averageWonValue, nudge.dealValue),
    winRate: f.winRate === undefined ? undefined : Math.min(1, f.winRate * (1 + (nudge.winRate ?? 0))),
    averageCycleDays: scale(f.averageCycleDays, nudge.cycle),
  });
}
