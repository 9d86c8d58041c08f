import type { DirectoryStore, PeopleStore } from '#functions/directory/stores.ts';
import type { KindRegistry } from '#functions/obligations/kinds/lookup.ts';
import type { DeliveryStore } from '#functions/obligations/store/delivery-store.ts';
import type { DigestStore } from '#functions/obligations/store/digest-store.ts';
import type { ObligationStore } from '#functions/obligations/store/obligation-store.ts';
import type { LinkSigner } from '#functions/platform/identity/signed-links.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { Mailer } from '#functions/platform/ports/mailer.ts';
import type { Scheduler } from '#functions/platform/ports/scheduler.ts';
import type { WorkflowStarter } from '#functions/platform/ports/workflow-starter.ts';
import type { SubmissionStore } from '#functions/submissions/stores.ts';
import type { CycleStore } from './store/cycle-store.ts';

/** The ports of the obligation workflows; entry files wire AWS or local adapters. */
export interface ObligationDeps {
  obligations: ObligationStore;
  directory: DirectoryStore;
  cycles: CycleStore;
  people: PeopleStore;
  deliveries: DeliveryStore;
  /** The day's escalations per recipient, sent as one digest. */
  digests: DigestStore;
  mailer: Mailer;
  scheduler: Scheduler;
  links: LinkSigner;
  clock: Clock;
  newId: () => string;
  /** The site's origin, for the signed links in emails. */
  baseUrl: string;
  /** The schedule group of this deployment (EventBridge Scheduler groups exist before their schedules). */
  scheduleGroup: string;
  /** To find a submission whose obligation was not updated when it was stored, and read one under review. */
  submissions: Pick<SubmissionStore, 'listForOpd' | 'getSubmission'>;
  /** The kinds of obligation it opens and serves: every part's (`obligation-kinds.ts`), gathered by the app. */
  kinds: KindRegistry;
  /** Starts the review workflow of a submission of a kind that is reviewed (`reviewedBy`). */
  workflows: WorkflowStarter;
  /** Every port of the running function, for the rules of a kind that read its part's stores (`OwedContext`). */
  ports: object;
}
