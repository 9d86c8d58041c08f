import type { ParseArgsConfig } from 'node:util';
import { clockCommand } from './clock-command.ts';
import { cycleCommand } from './cycle-command.ts';
import { formsCommand } from './forms-command.ts';
import { impactCommand } from './impact-command.ts';
import { instrumentCommand } from './instrument-command.ts';
import { obligationsCommand } from './obligations-command.ts';
import { reviewCommand } from './review-command.ts';
import { seedCommand } from './seed-command.ts';
import { selectionCommand } from './selection-command.ts';
import { simulateCommand } from './simulate-command.ts';
import { statusCommand } from './status-command.ts';
import { tokenCommand } from './token-command.ts';
import { workflowCommand } from './workflow-command.ts';

export interface CommandInput {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  dirs: import('#infra/local/paths.ts').StateDir;
}

export interface Command {
  summary: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(input: CommandInput): Promise<number>;
}

/** Every `siklus` command, by name. */
export const commands: Record<string, Command> = {
  seed: seedCommand,
  cycle: cycleCommand,
  clock: clockCommand,
  simulate: simulateCommand,
  obligations: obligationsCommand,
  review: reviewCommand,
  instrument: instrumentCommand,
  selection: selectionCommand,
  impact: impactCommand,
  forms: formsCommand,
  status: statusCommand,
  token: tokenCommand,
  workflow: workflowCommand,
};
