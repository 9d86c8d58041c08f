import type { WorkflowStarter } from '#functions/platform/ports/workflow-starter.ts';
import type { LocalWorkflowRunner } from './workflows/runner.ts';

/** The embedded runtime's workflow starter, with the runner it starts on attached once that exists. */
export interface LocalWorkflowStarter {
  starter: WorkflowStarter;
  /** The runner is built on the functions, which are built on the ports: it joins last. */
  attach(runner: Pick<LocalWorkflowRunner, 'start'>): void;
}

/**
 * Runs a workflow on the local interpreter once per execution name, as Step Functions starts a
 * standard workflow once per name. Unlike on AWS, the start answers when the execution has ended
 * (a failed one is recorded by its Catch, as there), so that what follows on one machine sees its
 * effects.
 */
export function createLocalWorkflowStarter(): LocalWorkflowStarter {
  let runner: Pick<LocalWorkflowRunner, 'start'> | undefined;
  const runs = new Map<string, Promise<void>>();
  return {
    attach: (attached) => {
      runner = attached;
    },
    starter: {
      start: (workflow, input, execution) => {
        const key = `${workflow}/${execution}`;
        let run = runs.get(key);
        if (!run) {
          if (!runner) throw new Error(`No workflow runner is attached to start ${workflow}`);
          run = runner.start(workflow, input).then(() => undefined);
          runs.set(key, run);
        }
        return run;
      },
    },
  };
}
