import { badUserInput } from './errors.js';

/** What an optional integer argument may be: 1 to `max`, and `fallback` when the request leaves it out. */
export interface IntegerArgumentBounds {
  fallback: number;
  max: number;
}

/** Whether `value` is a whole number from `min` to `max`. */
export function inRange(value: number, max: number, min = 1): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * An optional integer argument (a depth, a limit), its fallback when absent. Anything but a whole
 * number from 1 to `max` is refused before a query runs, with BAD_USER_INPUT naming the argument.
 */
export function integerArgument(value: number | null | undefined, field: string, bounds: IntegerArgumentBounds): number {
  const chosen = value ?? bounds.fallback;
  if (!inRange(chosen, bounds.max)) throw badUserInput(`"${field}" must be between 1 and ${bounds.max}.`, field);
  return chosen;
}
