/**
 * One-time schedules that start a workflow at a given moment: EventBridge Scheduler on AWS (an
 * `at()` expression in the city's time zone, flexible window, retries and a dead-letter queue,
 * deleted after it runs), DynamoDB-backed in the embedded runtime, fired in time order as its
 * clock passes them. No workflow ever waits: the schedule starts a short execution instead.
 */
export interface ScheduleRequest {
  /** Group of the schedule, one per city and cycle (e.g. `jambi-2026`). */
  group: string;
  /** Fixed and predictable, so that creating it twice creates it once: at most 64 of [0-9A-Za-z-_.]. */
  name: string;
  /** The moment it fires. */
  at: Date;
  /** The city's time zone, in which the `at()` expression is written on AWS. */
  timeZone: string;
  /** The workflow (state machine) it starts, by its `siklus:workflow` name. */
  workflow: string;
  /** The execution input: ids only. The scheduler adds `scheduledTime` (ISO) when it fires. */
  input: Record<string, string | number | boolean>;
}

export interface Scheduler {
  /** Creates the schedule, or replaces the one of the same group and name. */
  schedule(request: ScheduleRequest): Promise<void>;
  /** Deletes the schedule if it exists; deleting a missing one is not an error. */
  cancel(group: string, name: string): Promise<void>;
}
