import type { ZodMiniType } from 'zod/mini';
import { parseEnv } from '#functions/platform/lambda/env.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { Ports } from '../../ports.ts';

/**
 * What a capability's builder gets: its environment, read with its schema, and the clock. A
 * builder of an AWS service reads the function's credentials itself (`fromLambdaEnvironment`).
 */
export interface BuildContext {
  env: <Shape extends Record<string, ZodMiniType<string>>>(shape: Shape) => { [K in keyof Shape]: string };
  clock: Clock;
}

/** Builds the AWS adapters of one capability's ports; an entry file passes those it needs. */
export type PortBuilder = (context: BuildContext) => Partial<Ports>;

export const readEnv: BuildContext['env'] = (shape) => parseEnv(shape) as never;
