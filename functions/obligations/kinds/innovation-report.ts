import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { defineObligationKind } from './define.ts';
import { innovationPhase } from './phases.ts';
import { everyOpd, opdHeadThenSecretary, opdOperators } from './recipients.ts';

/**
 * The yearly innovation report: every OPD reports at least one innovation, in the cycle's
 * innovation phase. Its operators are reminded; the head of the OPD, then the city secretary, hear
 * of a missed deadline.
 */
export const innovationReportKind = defineObligationKind({
  id: 'innovation-report',
  formId: innovationReportForm.id,
  // Named in its emails as its form is.
  title: innovationReportForm.title,
  phase: innovationPhase,
  owedBy: everyOpd,
  reminded: opdOperators,
  escalatedTo: opdHeadThenSecretary,
  mail: {
    templates: 'standard',
    kickoffNote: {
      id: 'Sebagai pengingat, setiap OPD ditargetkan menghadirkan sedikitnya satu inovasi setiap tahun.',
      en: 'As a reminder, every OPD is expected to launch at least one innovation each year.',
    },
  },
});
