/**
 * The only way Siklus reads the time. On AWS and by default locally it is the system clock;
 * simulations use a virtual clock that can be advanced.
 */
export interface Clock {
  now(): Date;
}
