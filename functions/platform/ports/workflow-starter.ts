/**
 * Starts executions of the engine's workflows, by workflow name. `execution` names the execution
 * and makes the start idempotent: a retry or a concurrent twin with the same name runs the
 * workflow once, as Step Functions does for a standard workflow.
 */
export interface WorkflowStarter {
  start(workflow: string, input: unknown, execution: string): Promise<void>;
}
