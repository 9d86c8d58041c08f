import { randomUUID } from 'node:crypto';
import { fromLambdaEnvironment } from '#functions/platform/aws/s3/credentials.ts';
import { ConfigurationError } from '#functions/platform/lambda/env.ts';
import type { Capability } from '#functions/platform/module/descriptor.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { needsOf } from '../functions.ts';
import { grantPorts, type Ports, ungranted } from '../ports.ts';
import { type PortBuilder, readEnv } from './ports/builder.ts';

const portNames: readonly (keyof Ports)[] = [
  'records',
  'submissions',
  'sessions',
  'people',
  'claims',
  'rateLimits',
  'audit',
  'obligations',
  'directory',
  'cycles',
  'deliveries',
  'digests',
  'files',
  'mailer',
  'links',
  'scheduler',
  'verifier',
];

/**
 * The AWS adapters of the ports the function `name` declares (see `functions.ts`), each read
 * from the environment the CDK app set for exactly those; every other port is {@link ungranted}.
 * The one composition root on AWS: each entry file calls it with its own name and the builders
 * of its capabilities (so that its bundle carries no other adapter). A declared capability
 * without a builder stops the cold start.
 */
export function awsPorts(name: string, builders: Partial<Record<Capability, PortBuilder>>): Ports {
  const needs = needsOf(name);
  const context = { env: readEnv, access: fromLambdaEnvironment(), clock: systemClock };
  const built: Partial<Ports> = {};
  for (const need of needs) {
    const build = builders[need];
    if (!build) throw new ConfigurationError(`${name} declares ${need} but its entry builds no ports for it`);
    Object.assign(built, build(context));
  }
  const ports = {
    ...Object.fromEntries(portNames.map((port) => [port, ungranted(port)])),
    scheduleGroup: '',
    baseUrl: '',
    ...built,
    clock: systemClock,
    newId: randomUUID,
  } as Ports;
  return grantPorts(ports, needs);
}
