import type { DayFigures, ResponseFigures, StageFigures, TotalsFigures } from './schema';

/**
 * A change to the kept figures: numbers to add, in the rows' own shape. Every
 * figure is a sum over leads, so a write's delta is the contribution of each
 * record after it minus its contribution before, and deltas add up in any order.
 */

/** A tree of numbers to add (objects nest; leaves are increments). */
export type Tree = { [key: string]: number | Tree };

export type FigureDelta = {
  totals: Tree;
  stages: Record<string, Tree>;
  days: Record<string, Tree>;
  response: Record<string, Tree>;
};

export const emptyDelta = (): FigureDelta => ({ totals: {}, stages: {}, days: {}, response: {} });

/**
 * Sums are rounded to 1/10,000 (money to the cent and beyond), so adding and taking away returns exactly to zero.
 * Past 1e11 a double cannot hold that grid exactly, but it holds cents up to 1e13: a deal value is in cents, so a sum
 * rounded to whole units there would lose them, and the next write (back below 1e11) would keep the loss for good.
 */
function round(n: number): number {
  const size = Math.abs(n);
  if (size < 1e11) return Math.round(n * 10_000) / 10_000;
  return size < 1e13 ? Math.round(n * 100) / 100 : Math.round(n);
}

/** Add `by × sign` into `target`, in place; zeros and empty branches are removed. */
export function addTree(target: Tree, by: Tree, sign = 1): Tree {
  for (const [key, value] of Object.entries(by)) {
    if (typeof value === 'number') {
      const next = round(((target[key] as number | undefined) ?? 0) + sign * value);
      if (next === 0) delete target[key];
      else target[key] = next;
    } else {
      const child = typeof target[key] === 'object' ? (target[key] as Tree) : {};
      addTree(child, value, sign);
      if (Object.keys(child).length) target[key] = child;
      else delete target[key];
    }
  }
  return target;
}

/** Add one increment at a path of keys. */
export function bump(tree: Tree, path: readonly (string | number)[], by: number): void {
  if (by === 0) return;
  let node = tree;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = typeof next === 'object' ? next : (node[key] = {});
  }
  const last = path[path.length - 1]!;
  node[last] = ((node[last] as number | undefined) ?? 0) + by;
}

/** Merge `b` into `a` (in place) and return it. */
export function mergeDelta(a: FigureDelta, b: FigureDelta): FigureDelta {
  addTree(a.totals, b.totals);
  for (const part of ['stages', 'days', 'response'] as const) {
    for (const [key, tree] of Object.entries(b[part])) {
      const merged = addTree(a[part][key] ?? {}, tree);
      if (Object.keys(merged).length) a[part][key] = merged;
      else delete a[part][key];
    }
  }
  return a;
}

/** Drop zeros and empty rows (deltas built with `bump` may hold +1 −1 pairs). */
export function pruneDelta(delta: FigureDelta): FigureDelta {
  return mergeDelta(emptyDelta(), delta);
}

export function isEmptyDelta(delta: FigureDelta): boolean {
  return Object.keys(delta.totals).length === 0 && Object.keys(delta.stages).length === 0 && Object.keys(delta.days).length === 0 && Object.keys(delta.response).length === 0;
}

/** The rows a delta touches, by table. */
export function touchedKeys(delta: FigureDelta) {
  return { stages: Object.keys(delta.stages), days: Object.keys(delta.days).map(Number), response: Object.keys(delta.response).map(Number) };
}

type Rows = { totals: TotalsFigures; stages: (StageFigures | undefined)[]; days: (DayFigures | undefined)[]; response: (ResponseFigures | undefined)[] };

/**
 * Apply a delta to the rows it touches (read by the caller in the order of
 * `touchedKeys`). Returns the rows to put and the keys of rows left empty, to delete.
 */
export function applyDelta(rows: Rows, delta: FigureDelta, now: number) {
  const { stages, days, response } = touchedKeys(delta);
  const body = <T extends object>(row: T | undefined, omit: string): Tree => {
    if (!row) return {};
    const { [omit]: _key, ...rest } = row as Record<string, unknown>;
    return structuredClone(rest) as Tree;
  };
  const { key: _k, version, zone, updatedAt: _u, ...totalsBody } = rows.totals;
  const sums = addTree(structuredClone(totalsBody) as unknown as Tree, delta.totals);
  const totals = { ...(sums as object), key: 'totals', version, ...(zone ? { zone } : {}), updatedAt: now } as unknown as TotalsFigures;
  totals.leads ??= 0;
  const put = { stages: [] as StageFigures[], days: [] as DayFigures[], response: [] as ResponseFigures[] };
  const remove = { stages: [] as string[], days: [] as number[], response: [] as number[] };
  stages.forEach((stageId, i) => {
    const next = addTree(body(rows.stages[i], 'stageId'), delta.stages[stageId]!);
    if (Object.keys(next).length) put.stages.push({ ...(next as object), stageId, n: (next.n as number | undefined) ?? 0 } as StageFigures);
    else remove.stages.push(stageId);
  });
  days.forEach((day, i) => {
    const next = addTree(body(rows.days[i], 'day'), delta.days[day]!);
    if (Object.keys(next).length) put.days.push({ ...(next as object), day } as DayFigures);
    else remove.days.push(day);
  });
  response.forEach((day, i) => {
    const next = addTree(body(rows.response[i], 'day'), delta.response[day]!);
    const m = (next.m as Tree | undefined) ?? {};
    if (Object.keys(m).length) put.response.push({ day, m } as ResponseFigures);
    else remove.response.push(day);
  });
  return { totals, put, remove };
}
