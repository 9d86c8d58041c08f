import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { repoRoot } from '#infra/local/paths.ts';

export interface EngineProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Runs `npm start`'s entry point as a child process, as a person would, with its own state folder. */
export function spawnEngine(env: { PORT: number; SIKLUS_HOME: string }): EngineProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(env.PORT), SIKLUS_HOME: env.SIKLUS_HOME },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, output: () => output, exited };
}

/** Waits until the engine prints that it runs, or fails with what it printed. */
export async function waitForOutput(
  engine: EngineProcess,
  pattern: RegExp,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!pattern.test(engine.output())) {
    if (engine.child.exitCode !== null) throw new Error(`Engine exited early:\n${engine.output()}`);
    if (performance.now() > deadline)
      throw new Error(`Timed out waiting for ${pattern}:\n${engine.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
