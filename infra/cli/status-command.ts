import { runningEngine } from '#infra/local/engine-lock.ts';
import type { Command } from './commands.ts';

export const statusCommand: Command = {
  summary: 'Say whether the embedded engine runs, and where',
  help: `Usage: siklus status

Prints whether the embedded engine (npm start) runs, its address and its database endpoint.`,
  options: {},
  run: async ({ dirs }) => {
    const engine = runningEngine(dirs.engineFile);
    if (!engine) {
      console.log(`Siklus is not running (state folder ${dirs.root}). Start it with: npm start`);
      return 0;
    }
    console.log(`Siklus runs (pid ${engine.pid}) at ${engine.httpUrl ?? '(no HTTP: a command holds it)'}`);
    console.log(`DynamoDB Local: ${engine.dynamoEndpoint}, table ${engine.tableName}`);
    return 0;
  },
};
