import './local-env.ts';
import * as z from 'zod/mini';
import { parseEnv } from '#functions/platform/lambda/env.ts';
import { formatInstant } from '#functions/platform/time/dates.ts';
import { demoCity, demoYearStart } from './demo-city.ts';
import { ensureVirtualClock } from './domain-clock.ts';
import { defaultHost, EngineRunningError, isLoopbackHost, PortInUseError, startEngine } from './engine.ts';
import { stateDir } from './paths.ts';

/** `npm start`: the embedded engine on http://localhost:3000 (or PORT; this machine only unless HOST), until Ctrl-C. */
const env = parseEnv({
  PORT: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(65535)), 3000),
  /** The interface to listen on; 127.0.0.1 (this machine only) unless set, e.g. `HOST=0.0.0.0`. */
  HOST: z._default(z.string().check(z.minLength(1)), defaultHost),
  /** Where the engine keeps its state; `.siklus/` in the repository by default. */
  SIKLUS_HOME: z.optional(z.string().check(z.minLength(1))),
});

/** Said before anything starts, so it is on screen whatever follows. */
function warnIfReachable(host: string): void {
  if (isLoopbackHost(host)) return;
  console.warn(
    [
      `PERINGATAN: Siklus mendengarkan pada ${host}. Siapa pun di jaringan yang dapat menjangkau mesin ini dapat masuk sebagai admin demo dan membaca kotak keluar beserta tautan masuknya.`,
      `WARNING: Siklus listens on ${host}. Anyone on the network who can reach this machine can sign in as a demo admin and read the outbox, sign-in links included.`,
      `Tanpa HOST, hanya mesin ini yang dapat menjangkaunya. / Without HOST, only this machine can reach it.`,
    ].join('\n'),
  );
}

try {
  const dirs = stateDir(env.SIKLUS_HOME);
  // The demo city lives in its cycle year on a virtual clock, which commands advance.
  const clock = ensureVirtualClock(dirs.clockFile, demoYearStart);
  warnIfReachable(env.HOST);
  const engine = await startEngine({ dirs, port: env.PORT, host: env.HOST, clock });
  console.log(
    `Siklus is running at ${engine.url}  (health: ${engine.url}/health, mail: ${engine.url}/outbox). Ctrl-C stops it.`,
  );
  console.log(
    `Cycle clock: ${formatInstant(clock.now(), demoCity.timeZone, 'id')} (virtual; 'npx siklus clock advance 7d' moves it).`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Siklus...');
    await engine.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof PortInUseError || error instanceof EngineRunningError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
