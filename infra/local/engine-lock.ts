import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** What a running engine writes down so that the CLI can attach to it instead of starting another. */
export interface EngineInfo {
  pid: number;
  /** `null` while a CLI command holds the database without serving HTTP. */
  httpUrl: string | null;
  dynamoEndpoint: string;
  /** The Java process of DynamoDB Local, a child of the engine. */
  dynamoPid: number;
  tableName: string;
}

/** The engine recorded in `file`, if its process is still alive. */
export function runningEngine(file: string): EngineInfo | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as EngineInfo;
    process.kill(info.pid, 0);
    return info;
  } catch {
    return undefined;
  }
}

export function recordEngine(file: string, info: EngineInfo): void {
  writeFileSync(file, `${JSON.stringify(info, null, 2)}\n`);
}

export function clearEngine(file: string, pid: number): void {
  if (runningEngine(file)?.pid === pid || !runningEngine(file)) rmSync(file, { force: true });
}
