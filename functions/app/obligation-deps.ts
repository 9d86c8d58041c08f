import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { moduleKinds } from './generated/kinds.ts';
import type { Ports } from './ports.ts';

/** The obligation use cases' deps, from the ports: apart, so that a workflow task's bundle carries no page. */
export const obligationDepsOf = (ports: Ports): ObligationDeps => ({
  obligations: ports.obligations,
  directory: ports.directory,
  cycles: ports.cycles,
  people: ports.people,
  deliveries: ports.deliveries,
  digests: ports.digests,
  mailer: ports.mailer,
  scheduler: ports.scheduler,
  links: ports.links,
  clock: ports.clock,
  newId: ports.newId,
  baseUrl: ports.baseUrl,
  scheduleGroup: ports.scheduleGroup,
  submissions: ports.submissions,
  kinds: moduleKinds,
  workflows: ports.workflows,
  ports,
});
