import { describe, expect, it } from 'vitest';
import type { DemoSignIn } from '#functions/access/deps.ts';
import { demoWays } from '#functions/access/pages/demo-ways.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';

const people: DemoSignIn['people'] = [
  {
    id: 'evaluator',
    name: 'Ridwan Hakim',
    role: 'evaluator',
    featured: true,
    team: { lead: true, conflictNames: [] },
  },
  {
    id: 'evaluator-bappeda',
    name: 'Sri Wahyuni',
    role: 'evaluator',
    featured: true,
    team: { lead: false, staffOfName: 'Bappeda', conflictNames: [] },
  },
  {
    id: 'evaluator-unja',
    name: 'Ahmad Fauzi',
    role: 'evaluator',
    featured: true,
    team: { lead: false, conflictNames: ['Dinas Kesehatan', 'BPBD'] },
  },
  {
    id: 'operator-diskominfo',
    name: 'Rina',
    role: 'opd-operator',
    opd: 'diskominfo',
    opdName: 'Diskominfo',
    featured: true,
  },
  { id: 'kepala-bpbd', name: 'Kepala BPBD', role: 'opd-head', opd: 'bpbd', opdName: 'BPBD', featured: false },
];

/** The hints under the featured people's buttons, in page order. */
const hints = (lang: Lang) =>
  [...demoWays(people, 'csrf', lang).value.matchAll(/<span class="hint">([^<]*)<\/span>/g)].map((m) => m[1]);

describe('the demo sign-in offer', () => {
  it.each([
    [
      'id' as const,
      [
        'Ketua Tim Evaluasi Smart City',
        'Tim evaluasi · staf Bappeda',
        'Tim evaluasi · konflik kepentingan dengan Dinas Kesehatan, BPBD',
        'Operator OPD · Diskominfo',
      ],
    ],
    [
      'en' as const,
      [
        'Lead of the Smart City evaluation team',
        'Evaluator · staff of Bappeda',
        'Evaluator · conflict of interest with Dinas Kesehatan, BPBD',
        'OPD operator · Diskominfo',
      ],
    ],
  ])(
    'says in %s who leads the evaluation team, whom an evaluator is staff of and what they declared',
    (lang, expected) => {
      // Act & Assess
      expect(hints(lang)).toEqual(expected);
    },
  );

  it('gives each featured person a button of their own and lists the others by OPD', () => {
    // Act
    const markup = demoWays(people, 'csrf', 'id').value;

    // Assess
    expect([...markup.matchAll(/name="person" value="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'evaluator',
      'evaluator-bappeda',
      'evaluator-unja',
      'operator-diskominfo',
    ]);
    expect(markup).toContain(
      '<optgroup label="BPBD"><option value="kepala-bpbd">Kepala BPBD (Kepala OPD)</option>',
    );
  });
});
