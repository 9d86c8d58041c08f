import type { ComputedValue, Condition, FormDefinition, FormSection } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import { smartCityDimensions } from '#forms/smart-city-dimensions.ts';
import type { Indicator, Instrument } from './model.ts';
import { responsibleIndicators, selfAssessmentFieldId } from './self-assessment-fields.ts';
import { projectedScoreValue } from './self-assessment-projection.ts';

/** The form id of every self-assessment, whatever the instrument version. */
export const SELF_ASSESSMENT_FORM_ID = 'self-assessment';

/** Levels at which evidence is required: every level above 1. */
const LEVELS_NEEDING_EVIDENCE = [2, 3, 4, 5] as const;

function indicatorFields(indicator: Indicator): Field[] {
  const id = (part: Parameters<typeof selfAssessmentFieldId>[1]) => selfAssessmentFieldId(indicator.id, part);
  const { title } = indicator;
  const claimsAboveOne: Condition = { field: id('level'), in: LEVELS_NEEDING_EVIDENCE };
  // "A file or a link, at least one": each is required while the other is empty.
  const evidenceHelp = {
    id: 'Wajib untuk tingkat 2 ke atas: unggah dokumen bukti atau isi tautan bukti; salah satu sudah cukup. Bukti yang diminta tercantum pada setiap tingkat.',
    en: 'Required from level 2 up: upload an evidence document or give an evidence link; either one is enough. The evidence asked is listed at each level.',
  };
  return [
    {
      id: id('level'),
      type: 'maturityLevel',
      required: true,
      label: { id: `${title.id}: tingkat yang diklaim`, en: `${title.en}: claimed level` },
      help: indicator.question,
      levels: indicator.levels,
    },
    {
      id: id('justification'),
      type: 'longText',
      maxLength: 2000,
      required: true,
      label: { id: `${title.id}: penjelasan`, en: `${title.en}: justification` },
      help: {
        id: 'Jelaskan mengapa tingkat tersebut telah tercapai, dengan merujuk pada bukti dukung.',
        en: 'Explain why the level has been reached, referring to the evidence.',
      },
    },
    {
      id: id('evidenceFile'),
      type: 'evidenceFile',
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      maxBytes: 10 * 1024 * 1024,
      required: { all: [claimsAboveOne, { not: { field: id('evidenceLink'), notEmpty: true } }] },
      label: { id: `${title.id}: dokumen bukti`, en: `${title.en}: evidence document` },
      help: evidenceHelp,
    },
    {
      id: id('evidenceLink'),
      type: 'url',
      // Documents of regional offices are still often served over plain http.
      allowHttp: true,
      required: { all: [claimsAboveOne, { not: { field: id('evidenceFile'), notEmpty: true } }] },
      label: { id: `${title.id}: tautan bukti`, en: `${title.en}: evidence link` },
      help: evidenceHelp,
    },
  ];
}

/**
 * The self-assessment form of one OPD on one instrument version: a section per Smart City dimension
 * in which the OPD assesses at least one indicator, and per indicator its claimed level (the
 * indicator's five levels with the evidence asked at each), a justification and evidence: a file or
 * a link, at least one of them from level 2 up. Field ids come from the indicator ids (see
 * `self-assessment-fields.ts`); each dimension has its projected score as a computed value (see
 * `self-assessment-projection.ts`). The definition is a pure function of its arguments: the same
 * instrument and OPD always give an equal definition, with an equal stable hash.
 *
 * Versioning: the id is always `self-assessment` and the version is the instrument's version, so
 * each instrument version gives its own form version, and a submission pinned to version 1 is
 * still read with the indicators of instrument version 1 after version 2 is published. One form
 * version thus has one definition per OPD: the definition a submission was made on is given by
 * its form version and its OPD (every submission has both), not by the version alone. Two
 * consequences:
 * - a `FormRegistry`, keyed by id and version, can hold one OPD's definition per version only
 *   (another OPD's conflicts); the definition is rebuilt from the instrument version instead;
 * - the form version names the version of the `smart-city` family alone: a second instrument
 *   family would need a form id of its own. Likewise a change to this function that changes the
 *   definition of an instrument version already in use must keep the old output for that version.
 *
 * @returns undefined when the OPD is responsible for no indicator: it has nothing to assess.
 * @throws SelfAssessmentFieldIdError when two indicator ids would share a field name.
 * @example
 * selfAssessmentForm(smartCityInstrument2026, 'diskominfo')?.sections.map((s) => s.id);
 * // ['governance', 'branding', 'society', 'environment']
 */
export function selfAssessmentForm(instrument: Instrument, opd: string): FormDefinition | undefined {
  const indicators = responsibleIndicators(instrument, opd);
  if (indicators.length === 0) return undefined;
  const sections: FormSection[] = [];
  const computed: ComputedValue[] = [];
  for (const dimension of smartCityDimensions) {
    const own = indicators.filter((i) => i.dimension === dimension.id);
    if (own.length === 0) continue;
    sections.push({
      id: dimension.id,
      title: dimension.label,
      description: {
        id: `Indikator ${dimension.label.id} yang menjadi tanggung jawab perangkat daerah Anda.`,
        en: `The ${dimension.label.en} indicators your agency is responsible for.`,
      },
      fields: own.flatMap(indicatorFields),
    });
    const value = projectedScoreValue(dimension, own);
    if (value !== undefined) computed.push(value);
  }
  return {
    id: SELF_ASSESSMENT_FORM_ID,
    version: instrument.version,
    title: {
      id: `Penilaian Mandiri Smart City Tahun ${instrument.year}`,
      en: `Smart City self-assessment, ${instrument.year}`,
    },
    description: {
      id: `Berdasarkan ${instrument.title.id}. Pilih tingkat kematangan yang telah dicapai untuk setiap indikator, jelaskan alasannya, dan lampirkan bukti dukung untuk tingkat 2 ke atas.`,
      en: `Based on the ${instrument.title.en}. For each indicator choose the maturity level reached, explain why, and attach evidence from level 2 up.`,
    },
    sections,
    computed,
  };
}
