/** The parts of a database driver's error worth keeping: where it happened, never the values. */
interface DriverError {
  code?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
  routine?: unknown;
}

/**
 * A fault as it is logged. Not the error object itself: TypeORM's errors carry the query's parameters
 * (names, phone numbers, complaint text) and PostgreSQL's messages and details quote the offending
 * value. Kept: the type, the message with quoted values masked, the SQL state and the schema names
 * involved, and the stack's frames.
 */
export function faultForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const driver = ((error as { driverError?: unknown }).driverError ?? error) as DriverError;
  const sql =
    typeof driver.code === 'string' && /^[0-9A-Z]{5}$/.test(driver.code)
      ? Object.fromEntries(
          (['code', 'table', 'column', 'constraint', 'routine'] as const)
            .filter((k) => typeof driver[k] === 'string')
            .map((k) => [k === 'code' ? 'sqlState' : k, driver[k]]),
        )
      : {};
  return {
    type: error.name,
    message: maskValues(error.message),
    ...sql,
    stack: (error.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .join('\n'),
  };
}

/** `invalid input syntax for type uuid: "李秘密"` → `invalid input syntax for type uuid: "…"`. */
export const maskValues = (message: string): string =>
  message.replace(/(:\s*|\bvalue\s+|\bfound\s+)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/g, '$1"…"').slice(0, 500);
