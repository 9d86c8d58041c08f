import type { MaturityLevelDescription } from '#forms/engine/field-types.ts';

/** One maturity level of an indicator from two [Bahasa Indonesia, English] pairs: its meaning, and the evidence asked at it. */
export function level(
  [descriptionId, descriptionEn]: readonly [string, string],
  [evidenceId, evidenceEn]: readonly [string, string],
): MaturityLevelDescription {
  return {
    description: { id: descriptionId, en: descriptionEn },
    evidence: { id: evidenceId, en: evidenceEn },
  };
}
