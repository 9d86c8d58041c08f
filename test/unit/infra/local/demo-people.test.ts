import { describe, expect, it } from 'vitest';
import { identityFromClaims } from '#functions/platform/identity/identity.ts';
import { demoOpds } from '#infra/local/demo-city.ts';
import { claimsOf, seededPeople } from '#infra/local/demo-people.ts';

const team = seededPeople().filter((person) => person.role === 'evaluator');

describe('the demo evaluation team', () => {
  it('is a lead, who keeps the id `evaluator`, and four evaluators, none of them with an OPD', () => {
    // Assess
    expect(team.map((p) => [p.personId, p.lead, p.staffOf, p.conflicts])).toEqual([
      ['evaluator', true, undefined, undefined],
      ['evaluator-bappeda', undefined, 'bappeda', undefined],
      ['evaluator-inspektorat', undefined, 'inspektorat', undefined],
      ['evaluator-unja', undefined, undefined, ['dinas-kesehatan']],
      ['evaluator-uin', undefined, undefined, undefined],
    ]);
    expect(team.filter((p) => p.opd !== undefined)).toEqual([]);
  });

  it('names only OPDs the demo city has', () => {
    // Prepare
    const opds = new Set(demoOpds.map((opd) => opd.id));

    // Act
    const named = team.flatMap((p) => [...(p.staffOf ? [p.staffOf] : []), ...(p.conflicts ?? [])]);

    // Assess
    expect(named.filter((opd) => !opds.has(opd))).toEqual([]);
    expect(named).toHaveLength(3);
  });

  it('never puts the OPD an evaluator is staff of in their token: they act for no OPD', () => {
    // Act
    const claims = team.map(claimsOf);

    // Assess
    expect(claims.filter((c) => 'custom:opd' in c)).toEqual([]);
    expect(claims.map((c) => identityFromClaims(c)).filter((identity) => identity.opd !== undefined)).toEqual(
      [],
    );
  });

  it('seeds every person once', () => {
    // Act
    const ids = seededPeople().map((p) => p.personId);

    // Assess
    expect(new Set(ids).size).toBe(ids.length);
  });
});
