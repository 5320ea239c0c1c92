/** The slice of a pino logger the runtime uses; pino, the platform PinoLogger or a test double fit. */
export interface WorkflowLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: WorkflowLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
