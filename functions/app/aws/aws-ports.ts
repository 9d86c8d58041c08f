import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { ConfigurationError, parseEnv } from '#functions/platform/lambda/env.ts';
import type { Capability } from '#functions/platform/module/descriptor.ts';
import { systemClock } from '#functions/platform/time/system-clock.ts';
import { type Ports, ungranted } from '../ports.ts';
import { type PortBuilder, readEnv } from './ports/builder.ts';

/**
 * The AWS adapters of the ports the function `name` declares, each read from the environment
 * the CDK app set for exactly those; every other port is {@link ungranted}. What it declares
 * comes in `SIKLUS_CAPABILITIES`, which the CDK app writes from the modules' declarations
 * (`functions.ts`), so that no bundle carries the declarations themselves.
 * The one composition root on AWS: each entry file calls it with its own name and the builders
 * of its capabilities (so that its bundle carries no other adapter). A declared capability
 * without a builder stops the cold start.
 */
export function awsPorts(name: string, builders: Partial<Record<Capability, PortBuilder>>): Ports {
  const context = { env: readEnv, clock: systemClock };
  const built: Partial<Ports> = { scheduleGroup: '', baseUrl: '' };
  for (const need of declaredCapabilities()) {
    const build = builders[need];
    if (!build) throw new ConfigurationError(`${name} declares ${need} but its entry builds no ports for it`);
    Object.assign(built, build(context));
  }
  const ports = { ...built, clock: systemClock, newId: randomUUID };
  // A port no declared capability built refuses every use, naming itself.
  return new Proxy(ports, {
    get: (target, port) => {
      if (port in target) return target[port as keyof typeof target];
      // Not a thenable, and nothing for the engine's own symbols.
      return typeof port === 'string' && port !== 'then' ? ungranted(port) : undefined;
    },
  }) as Ports;
}

/**
 * The capabilities the CDK app wrote for this function, comma-separated. A name no builder is
 * given for (an unknown one too) stops the cold start in {@link awsPorts}.
 */
function declaredCapabilities(): Capability[] {
  const { SIKLUS_CAPABILITIES } = parseEnv({ SIKLUS_CAPABILITIES: z.string() });
  return SIKLUS_CAPABILITIES.split(',').filter((c) => c !== '') as Capability[];
}
