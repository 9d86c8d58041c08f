import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '#infra/local/dynamodb-client.ts';
import { freePort } from '#infra/local/dynamodb-local.ts';
import type { EngineInfo } from '#infra/local/engine-lock.ts';
import { type EngineProcess, isAlive, spawnEngine, waitForOutput } from '#test/support/engine-process.ts';

const running = /Siklus is running at/;

describe('npm start (the embedded engine)', () => {
  const home = mkdtempSync(join(tmpdir(), 'siklus-e2e-'));
  const started: EngineProcess[] = [];
  const start = (port: number, siklusHome = home) => {
    const engine = spawnEngine({ PORT: port, SIKLUS_HOME: siklusHome });
    started.push(engine);
    return engine;
  };
  const engineInfo = () => JSON.parse(readFileSync(join(home, 'engine.json'), 'utf8')) as EngineInfo;
  const marker = { pk: 'E2E', sk: 'MARKER' };

  afterAll(async () => {
    for (const engine of started) if (engine.child.exitCode === null) engine.child.kill('SIGKILL');
  });

  it('serves /health, refuses a second engine and a taken port, stops on Ctrl-C, and keeps its data', async () => {
    // Prepare: the first engine
    const port = await freePort();
    const first = start(port);
    await waitForOutput(first, running);

    // Assess: it answers, and its database takes a write
    const health = await fetch(`http://localhost:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', checks: { table: 'ok' } });
    const info = engineInfo();
    expect(isAlive(info.dynamoPid)).toBe(true);
    const firstDb = createDynamoClients(info.dynamoEndpoint);
    await firstDb.documentClient.send(
      new PutCommand({ TableName: info.tableName, Item: { ...marker, note: 'kept' } }),
    );
    firstDb.client.destroy();

    // Act + Assess: a second engine on the same folder refuses to start
    const second = start(await freePort());
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`already running (pid ${info.pid})`);

    // Act + Assess: an engine on a taken port says which port and how to choose another
    const third = start(port, mkdtempSync(join(tmpdir(), 'siklus-e2e-port-')));
    expect(await third.exited).toBe(1);
    expect(third.output()).toContain(`Port ${port} is in use`);
    expect(third.output()).toContain('PORT=');

    // Act: Ctrl-C
    first.child.kill('SIGINT');

    // Assess: everything stopped, Java included
    expect(await first.exited).toBe(0);
    expect(isAlive(info.dynamoPid)).toBe(false);

    // Act: start again on the same folder
    const again = start(port);
    await waitForOutput(again, running);

    // Assess: the data is still there
    const againDb = createDynamoClients(engineInfo().dynamoEndpoint);
    const { Item } = await againDb.documentClient.send(
      new GetCommand({ TableName: info.tableName, Key: marker }),
    );
    againDb.client.destroy();
    expect(Item).toMatchObject({ note: 'kept' });
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  });
});
