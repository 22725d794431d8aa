/** Shared checks for options: each throws a RangeError that names the field and the value. */

/** The longest run, and so the largest step count any option may name. */
export const MAX_STEPS = 100_000;

/** Formats a bad value for an error message, so '' and 'NaN' stay distinguishable from NaN. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
  return Object.prototype.toString.call(value);
}

export function fail(field: string, rule: string, value: unknown): never {
  throw new RangeError(`${field} must be ${rule}, got ${describe(value)}`);
}

/** A finite number ≥ 0 (learning rates, ε, momentum, weight decay). */
export function nonNegative(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(field, 'a finite number ≥ 0', value);
  }
  return value;
}

/** A decay rate in [0, 1) (γ, β1, β2). */
export function decay(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value >= 1) {
    fail(field, 'a number in [0, 1)', value);
  }
  return value;
}

/** A number in [0, 1] (a schedule's γ, SGD's dampening). */
export function unitInterval(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    fail(field, 'a number in [0, 1]', value);
  }
  return value;
}

export function flag(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') fail(field, 'true or false', value);
  return value;
}

export function integerIn(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(field, `an integer in ${min}…${max}`, value);
  }
  return value;
}

/** Looks a name up among a table's own keys, so 'toString' and '__proto__' are unknown. */
export function ownKey<T extends object>(field: string, table: T, name: unknown): keyof T {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(table, name)) {
    fail(field, `one of ${Object.keys(table).join(', ')}`, name);
  }
  return name as keyof T;
}

type Checks<T> = { [K in keyof T]: (field: string, value: unknown) => T[K] };

/**
 * Throws for a field of `given` that `allowed` does not have, naming the owner (an optimizer, a
 * schedule, noise). `name` is allowed where the owner is picked by name.
 */
export function rejectUnknown(owner: string, allowed: object, given: object, named = true): void {
  for (const key of Object.keys(given)) {
    if (!(named && key === 'name') && !Object.prototype.hasOwnProperty.call(allowed, key)) {
      throw new RangeError(`${key} is not an option of ${owner}`);
    }
  }
}

/** Runs the checks of fields that have no default, so a missing one fails with its rule and "got undefined". */
export function requireFields<T>(checks: Checks<T>, given: object, fields: readonly (keyof T & string)[]): void {
  for (const field of fields) checks[field](field, (given as Record<string, unknown>)[field]);
}

/**
 * Fills in defaults and checks every field; a field the optimizer does not have is an error,
 * so a typo such as `alpha` for `gamma` cannot pass silently.
 */
export function resolveOptions<T extends { name: string }>(
  defaults: T,
  checks: Checks<Omit<T, 'name'>>,
  given: object,
): T {
  rejectUnknown(defaults.name, checks, given);
  const resolved = { ...defaults };
  for (const key of Object.keys(checks) as (keyof typeof checks)[]) {
    const value = (given as Record<string, unknown>)[key as string];
    if (value !== undefined) (resolved as Record<string, unknown>)[key as string] = checks[key](key as string, value);
  }
  return resolved;
}
