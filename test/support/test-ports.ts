import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { createLocalPorts } from '#infra/local/local-ports.ts';
import { stateDir } from '#infra/local/paths.ts';
import { createTestTable } from './test-table.ts';

/** A fresh table and a fresh state folder, with every local port wired to them. */
export async function createTestPorts(clock: Clock, baseUrl = 'http://localhost') {
  const table = await createTestTable();
  const dirs = stateDir(mkdtempSync(join(tmpdir(), 'siklus-test-')));
  const ports = createLocalPorts({
    documentClient: table.documentClient,
    tableName: table.tableName,
    dirs,
    baseUrl,
    clock,
  });
  return { table, dirs, ports };
}
