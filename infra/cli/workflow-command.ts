import { systemClock } from '#functions/platform/time/system-clock.ts';
import { createLocalFunctions } from '#infra/local/functions.ts';
import { createLocalPorts } from '#infra/local/local-ports.ts';
import { synthesizeDefinitions } from '#infra/local/synth-definitions.ts';
import { loadWorkflowDefinitions } from '#infra/local/workflows/definitions.ts';
import { LocalWorkflowRunner } from '#infra/local/workflows/runner.ts';
import type { Command } from './commands.ts';
import { withDatabase } from './database.ts';

export const workflowCommand: Command = {
  summary: 'Run a workflow (state machine) on the embedded engine',
  help: `Usage: siklus workflow run <name> [--input JSON]

Runs the state machine <name> exactly as CDK synthesizes it, with its Lambda tasks in-process,
against the embedded database (the running engine's, or one started for this command).
Prints the execution's status, output and counts as JSON. Exits 1 when the execution fails.

Options:
  --input JSON   the execution input (default {})`,
  options: { input: { type: 'string', default: '{}' } },
  run: async ({ values, positionals, dirs }) => {
    const [verb, name] = positionals.slice(0);
    if (verb !== 'run' || !name) {
      console.error(workflowCommand.help);
      return 2;
    }
    const input = JSON.parse(String(values.input));
    return withDatabase(dirs, async ({ documentClient, tableName }) => {
      const ports = createLocalPorts({
        documentClient,
        tableName,
        dirs,
        baseUrl: 'http://localhost',
        clock: systemClock,
      });
      const functions = createLocalFunctions(ports);
      const runner = new LocalWorkflowRunner(
        loadWorkflowDefinitions(synthesizeDefinitions(dirs.assembly)),
        functions,
        systemClock,
      );
      const result = await runner.start(name, input);
      console.log(JSON.stringify(result, null, 2));
      return result.status === 'SUCCEEDED' ? 0 : 1;
    });
  },
};
