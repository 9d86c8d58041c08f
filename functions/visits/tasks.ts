import * as z from 'zod/mini';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { lambdaHandler } from '#functions/platform/lambda/handler.ts';
import { parseTaskInput } from '#functions/platform/lambda/task-input.ts';
import { sendVisitSlot } from './send-visit-slot.ts';
import type { VisitStore } from './stores.ts';
import { visitSlots } from './visit-sends.ts';

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/));

const visitSlotInput = z.object({
  city: slug,
  year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  opd: slug,
  sequence: z.number().check(z.int(), z.gte(0)),
  slot: z.enum(visitSlots),
});

/** `visit-reminder` task: a visit's invitation after a change, or its reminder the working day before. */
export function createRemindVisitHandler(deps: ObligationDeps & { visits: VisitStore }) {
  return lambdaHandler(async (payload: unknown) =>
    sendVisitSlot(deps, parseTaskInput(visitSlotInput, payload)),
  );
}
