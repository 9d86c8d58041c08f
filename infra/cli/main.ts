import '#infra/local/local-env.ts';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { parseEnv } from '#functions/platform/lambda/env.ts';
import { stateDir } from '#infra/local/paths.ts';
import { type Command, commands } from './commands.ts';
import { describeFailure } from './refusal.ts';

const env = parseEnv({ SIKLUS_HOME: z.optional(z.string().check(z.minLength(1))) });

const usage = `siklus: runs a city's Smart City evaluation cycle (embedded engine by default)

Usage: siklus <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(16)} ${command.summary}`)
  .join('\n')}

Run 'siklus <command> --help' for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const name = argv.find((arg) => !arg.startsWith('-'));
  if (!name) {
    console.log(usage);
    return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
  }
  const command: Command | undefined = commands[name];
  if (!command) {
    console.error(`Unknown command '${name}'.\n\n${usage}`);
    return 2;
  }
  const rest = argv.filter((arg) => arg !== name);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  const parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  return command.run({
    values: parsed.values,
    positionals: parsed.positionals,
    dirs: stateDir(env.SIKLUS_HOME),
  });
}

/** The language of messages: `--lang id` or `--lang=id` on the command line, else English. */
const cliLang = (argv: readonly string[]): 'id' | 'en' =>
  argv.includes('--lang=id') || argv[argv.indexOf('--lang') + 1] === 'id' ? 'id' : 'en';

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const { message, exitCode } = describeFailure(error, cliLang(process.argv));
  console.error(message);
  process.exitCode = exitCode;
}
