// Failures crossing a boundary are values, never thrown (STYLE.md: "Results at boundaries").
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): Result<T, never>;
export function ok(): Result<void, never>;
export function ok<T>(value?: T): Result<T | undefined, never> {
  return { ok: true, value };
}

export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}

/** Every device reports in one vocabulary (DESIGN.md "Health and availability"). */
export type DeviceHealth =
  | { readonly level: 'ok' }
  | { readonly level: 'degraded'; readonly reason: string }
  | { readonly level: 'failed'; readonly reason: string };

export const healthy: DeviceHealth = { level: 'ok' };
