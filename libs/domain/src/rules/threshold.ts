/**
 * Statutory thresholds such as "more than half of the votes cast" (过半数) or "more than four fifths
 * of those entitled" (超过应到会人数的五分之四), compared in whole numbers so that no rounding ever
 * decides an election.
 */
export interface Ratio {
  num: number;
  den: number;
}

export interface Threshold {
  ratio: Ratio;
  /** true: more than the share (超过, 过半数); false: at least the share (不少于, 达到). */
  strict: boolean;
}

export const HALF: Ratio = { num: 1, den: 2 };

/** Whether `value` clears the threshold over `base`. */
export function meets(value: number, base: number, t: Threshold): boolean {
  const lhs = value * t.ratio.den;
  const rhs = t.ratio.num * base;
  return t.strict ? lhs > rhs : lhs >= rhs;
}

/** The least whole number that clears the threshold over `base`. */
export function minimumToMeet(base: number, t: Threshold): number {
  const exact = (t.ratio.num * base) / t.ratio.den;
  const floor = Math.floor((t.ratio.num * base) / t.ratio.den);
  if (t.strict) return floor + 1;
  return Number.isInteger(exact) ? exact : floor + 1;
}

/** "more than 1/2 of 55 (27.5)" */
export function describeThreshold(t: Threshold, base: number): string {
  const share = `${t.ratio.num}/${t.ratio.den}`;
  const exact = (t.ratio.num * base) / t.ratio.den;
  const shown = Number.isInteger(exact) ? String(exact) : exact.toFixed(2).replace(/0+$/, '');
  return `${t.strict ? 'more than' : 'at least'} ${share} of ${base} (${shown})`;
}
