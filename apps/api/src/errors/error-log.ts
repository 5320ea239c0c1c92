import { faultForLog } from './fault-for-log.js';

/** A client's request refused with a stable code: what the log keeps of it. */
export interface Refusal {
  code: string;
  /** Names this line (a fault's reference is also in its answer, so that a client's report finds it). */
  reference: string;
  /** The GraphQL field path, when a field was refused. */
  path?: readonly (string | number)[];
  /** Names of the fields refused as bad input: never their values. */
  fields?: string[];
  status?: number;
}

/** How errors reach the log: refusals once at info or warn, without message or stack; faults at error. */
export interface ErrorLog {
  refusal(refusal: Refusal): void;
  fault(error: unknown, reference: string): void;
}

export const ERROR_LOG = Symbol('ErrorLog');

interface LineWriter {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Refusals that say someone may be probing: who are you, may you, and too many. */
const WARN = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED']);

/**
 * A refusal is the client's business and normal operation: one line, its code and reference. Its
 * message is left out on purpose (the client has it; it may quote what they sent). A fault is ours:
 * the error with its stack, scrubbed of the values it carries (see faultForLog).
 */
export function errorLog(lines: LineWriter): ErrorLog {
  return {
    refusal(refusal) {
      const line = Object.fromEntries(Object.entries(refusal).filter(([, v]) => v !== undefined));
      if (WARN.has(refusal.code)) lines.warn(line, `request refused: ${refusal.code}`);
      else lines.info(line, `request refused: ${refusal.code}`);
    },
    fault(error, reference) {
      // Not under `err`: pino's error serializer would copy the whole error object back in.
      lines.error({ reference, fault: faultForLog(error) }, 'unexpected error');
    },
  };
}
