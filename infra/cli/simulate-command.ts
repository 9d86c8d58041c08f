import { isVirtual } from '#infra/local/domain-clock.ts';
import { simulateYear } from '#infra/local/simulation/simulate-year.ts';
import type { Command } from './commands.ts';
import { progressBar } from './progress.ts';
import { withRuntime } from './runtime.ts';

export const simulateCommand: Command = {
  summary: 'Run the rest of a cycle year on the virtual clock, then print what happened',
  help: `Usage: siklus simulate --city <city> --year <year> [--seed N] [--until YYYY-MM-DD] [--json]

Replays the year day by day on the virtual clock: schedules fire (reminders, escalations) and
the demo OPDs submit their innovation reports on a seeded random pattern (most on time, some
late, some never). When the cycle has the self-assessment phase, the OPDs also submit their
self-assessments, and the evaluators verify them: they ask some OPDs to revise (who resubmit),
find some claims one level too high, accept the rest, and a few decide after the due date. Then
the lead evaluator announces and draws the OPDs to visit (a fifth of them, and those that missed
their self-assessment), each team and the head of the OPD agree on a date in the visit window
(some heads ask for another day), and the teams record their findings on the day. With the
impact phase, the lead chooses the impact survey's programs ten working days before its due date,
their beneficiaries answer the questionnaire (some beside OPD staff, some programs late or short)
and citizens answer the public survey. Prints what
was sent, submitted, missed and escalated, counted from the outbox (.siklus/outbox) and from the
audit events, and what the visits hold. The same seed gives the same summary; --json prints it
as one JSON object.`,
  options: {
    city: { type: 'string' },
    year: { type: 'string' },
    seed: { type: 'string', default: '2026' },
    until: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  run: async ({ values, dirs }) => {
    if (!values.city || !values.year) {
      console.error(simulateCommand.help);
      return 2;
    }
    return withRuntime(dirs, async ({ ports, fire, failures }) => {
      const clock = ports.clock;
      if (!isVirtual(clock)) throw new Error("The clock is real; run 'siklus seed' first");
      const started = performance.now();
      const summary = await simulateYear({ ...ports, clock }, fire, {
        city: String(values.city),
        year: Number(values.year),
        seed: Number(values.seed),
        ...(values.until ? { until: String(values.until) } : {}),
        onProgress: progressBar(`Simulating ${values.city} ${values.year}`),
      });
      if (values.json) {
        console.log(
          JSON.stringify({ seed: Number(values.seed), ...summary, failedExecutions: failures.length }),
        );
        return failures.length === 0 ? 0 : 1;
      }
      const { outbox, audit, visits } = summary;
      console.log(
        `Simulated ${summary.days} days in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${values.seed}).`,
      );
      console.log('From the outbox:');
      console.log(`  kick-off emails          ${outbox.kickoff}`);
      console.log(`  reminders                ${outbox.reminders}`);
      console.log(`  escalations to the head  ${outbox.escalationsToHead}`);
      console.log(`  escalations to the sekda ${outbox.escalationsToSecretary}`);
      console.log(`  daily digests            ${outbox.digests}`);
      console.log(`  review rounds to verify  ${outbox.reviewNotices}`);
      console.log(`  reminders to verifiers   ${outbox.reviewReminders}`);
      console.log(`  escalations to the lead  ${outbox.reviewEscalations}`);
      console.log(`  visit invitations        ${outbox.visitInvitations}`);
      console.log(`  visit reminders          ${outbox.visitReminders}`);
      console.log('From the audit events:');
      console.log(`  obligations opened       ${audit.opened}`);
      console.log(`  submitted on time        ${audit.submittedOnTime}`);
      console.log(`  submitted late           ${audit.submittedLate}`);
      console.log(`  missed                   ${audit.missed}`);
      console.log(
        `  self-assessments         ${summary.selfAssessments.submitted} (revised ${summary.selfAssessments.resubmitted})`,
      );
      console.log(`  review rounds opened     ${audit.reviewRounds} (of ${audit.reviewsOpened} reviews)`);
      console.log(`  revisions requested      ${audit.revisionsRequested}`);
      console.log(`  reviews accepted         ${audit.reviewsAccepted}`);
      console.log(`  visits opened            ${audit.visitsOpened}`);
      console.log(`  visit dates proposed     ${audit.visitDatesProposed}`);
      console.log(`  counter-proposals (OPD)  ${audit.visitCounterProposals}`);
      console.log(`  visits confirmed         ${audit.visitsConfirmed}`);
      console.log(`  findings recorded        ${audit.findingsRecorded}`);
      console.log('From the visits and reviews:');
      console.log(`  visits drawn             ${visits.drawn}`);
      console.log(`  visited always           ${visits.alwaysVisited}`);
      console.log(`  levels changed on visits ${visits.levelsChanged}`);
      console.log('From the surveys:');
      console.log(`  impact survey programs   ${summary.surveys.programs}`);
      console.log(
        `  impact questionnaires    ${summary.surveys.impactResponses} (with staff help ${summary.surveys.assistedResponses})`,
      );
      console.log(
        `  impact surveys answered  ${summary.surveys.obligationsAnswered} (of ${summary.surveys.owners} OPDs)`,
      );
      console.log(`  citizen responses        ${summary.surveys.citizenResponses}`);
      console.log('From the risk registers:');
      console.log(`  quick-win programs       ${summary.risks.quickWins} (of ${summary.risks.owners} OPDs)`);
      console.log(
        `  registers submitted      ${summary.risks.submitted} (revised ${summary.risks.resubmitted})`,
      );
      console.log(`  risks recorded           ${summary.risks.risks}`);
      console.log(
        `  revisions asked          ${summary.risks.revisionsAsked} (emails ${summary.outbox.revisionNotices})`,
      );
      console.log(`  registers accepted       ${summary.risks.accepted}`);
      console.log(`Failed executions: ${failures.length}`);
      return failures.length === 0 ? 0 : 1;
    });
  },
};
