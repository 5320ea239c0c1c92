/** The one source of time (ARCHITECTURE.md §9). Domain code receives instants; it never reads a clock. */
export interface Clock {
  now(): Date;
}

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
