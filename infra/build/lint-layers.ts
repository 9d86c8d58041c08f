import { checkLayering } from './layering.ts';

/** `npm run lint:layers`: the layering of everything that ships or runs it, failing on any break. */
const { report, failures } = await checkLayering(['functions', 'forms', 'workflows', 'infra']);
process.stdout.write(
  failures > 0 ? `${report}\n\n✘ ${failures} layering violations\n` : '✔ layering holds\n',
);
process.exitCode = failures > 0 ? 1 : 0;
