import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { createApiHandler } from '#functions/app/api/api.ts';
import { apiDepsOf, webDepsOf } from '#functions/app/deps.ts';
import { needsOf } from '#functions/app/functions.ts';
import { taskHandlers } from '#functions/app/generated/tasks.ts';
import { createInstrumentFilesHandler, noUploads } from '#functions/app/instrument-files/handler.ts';
import { createOpenApiHandler } from '#functions/app/openapi/openapi-handler.ts';
import { everyPort, grantPorts, type Ports } from '#functions/app/ports.ts';
import { site } from '#functions/app/web/site.ts';
import { createWebHandler } from '#functions/app/web/web.ts';
import { createHealthHandler } from '#functions/monitoring/health.ts';
import { demoOpds, demoPeople } from './demo-city.ts';
import { claimsOf, secretaryId, seededPeople } from './demo-people.ts';

/** The ports that the embedded runtime wires into the handlers, in place of the AWS adapters. */
export type LocalPorts = Omit<Ports, 'newId'> & { newId?: () => string };

export type LocalHandler = (event: never, context: Context) => Promise<unknown>;

/**
 * Every function of `functions/app/lambda/`, composed as on AWS (`functions/app/deps.ts`) from
 * the local ports, each handed only the ports its routes and tasks declare: a missing
 * declaration fails here as it would on AWS. An infra test checks that this map and the entry
 * files name the same functions.
 */
export function createLocalFunctions(local: LocalPorts): Record<string, LocalHandler> {
  const all: Ports = { ...local, newId: local.newId ?? randomUUID };
  const ports = (name: string) => grantPorts(all, needsOf(name));
  return {
    api: createApiHandler(apiDepsOf(ports('api'), { cookieSessions: true })),
    web: createWebHandler(webDepsOf(ports('web'), demoSignIn)),
    health: createHealthHandler(ports('health')),
    'instrument-files': createInstrumentFilesHandler({
      api: everyPort(ports('instrument-files')),
      pages: { ...everyPort(ports('instrument-files')), site, ...noUploads },
    }),
    openapi: createOpenApiHandler(),
    // Every task function, as its part declares it (built with its entry file by `npm run build:modules`).
    ...taskHandlers(ports),
  };
}

const seeded = seededPeople();
const featured = new Set([...demoPeople.map((p) => p.id), secretaryId]);
const opdNames = new Map(demoOpds.map((o) => [o.id, o.name]));
const nameOf = (opd: string) => opdNames.get(opd) ?? opd;

/** One-click sign-in as any seeded person of the demo city: exists only here, never in the AWS wiring. */
const demoSignIn = {
  kind: 'demo' as const,
  people: seeded.map((p) => ({
    id: p.personId,
    name: p.name,
    role: p.role,
    ...(p.opd ? { opd: p.opd, opdName: nameOf(p.opd) } : {}),
    featured: featured.has(p.personId),
    ...(p.role === 'evaluator'
      ? {
          team: {
            lead: p.lead === true,
            ...(p.staffOf ? { staffOfName: nameOf(p.staffOf) } : {}),
            conflictNames: (p.conflicts ?? []).map(nameOf),
          },
        }
      : {}),
  })),
  claims: (personId: string) => {
    const person = seeded.find((p) => p.personId === personId);
    return person ? claimsOf(person) : undefined;
  },
};
