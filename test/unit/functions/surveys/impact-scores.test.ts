import { describe, expect, it } from 'vitest';
import { impactScores, itemMeans, programScore } from '#functions/surveys/impact-scores.ts';
import type { StoredProgram } from '#functions/surveys/program-model.ts';

/*
 * The impact scores of a cycle, on the questionnaire's 1-5 scale: a program's from the sums of
 * its responses' items, a sub-dimension's as the mean of its programs', a dimension's as the mean
 * of its sub-dimensions' (not of its programs'), the city's as the mean of its dimensions'. A
 * program without responses is left out at every level. Every expected value is worked out by
 * hand in the comments beside it.
 */

type Sums = [benefit: number, service: number, participation: number, sustainability: number];

/** A stored program of `subDimension` with `responses` responses whose items add up to `sums`. */
function makeProgram(code: string, subDimension: string, responses: number, sums: Sums): StoredProgram {
  const [benefit, service, participation, sustainability] = sums;
  const dimension = subDimension.split('.')[0] ?? subDimension;
  return {
    code,
    city: 'jambi',
    year: 2026,
    slot: dimension,
    dimension,
    subDimension,
    opd: 'diskominfo',
    opdName: 'Diskominfo',
    submissionId: `report-${code}`,
    name: `Program ${code}`,
    required: 5,
    districts: [],
    closes: '2026-12-11',
    closesAt: '2026-12-11T16:59:59.999Z',
    timeZone: 'Asia/Jakarta',
    responses,
    assisted: 0,
    sums: { benefit, service, participation, sustainability },
    citizens: 0,
  };
}

describe('itemMeans', () => {
  it('divides each item’s sum by the number of responses', () => {
    // Prepare: two responses, (5, 4, 3, 2) and (4, 4, 2, 1)
    const tally = makeProgram('a', 'governance.public-services', 2, [9, 8, 5, 3]);

    // Act
    const means = itemMeans(tally);

    // Assess
    expect(means).toEqual({ benefit: 4.5, service: 4, participation: 2.5, sustainability: 1.5 });
  });

  it('has no means without responses', () => {
    // Assess
    expect(itemMeans(makeProgram('a', 'governance.public-services', 0, [0, 0, 0, 0]))).toEqual({});
  });
});

describe('programScore', () => {
  it('is the mean over every item of every response', () => {
    // Prepare: three responses, sums 12 + 10 + 9 + 11 = 42 over 3 × 4 answers: 3.5
    const tally = makeProgram('a', 'living.health', 3, [12, 10, 9, 11]);

    // Act
    const score = programScore(tally);

    // Assess
    expect(score).toBeCloseTo(3.5, 10);
  });

  it('is the mean of the item means, whatever the items’ spread', () => {
    // Prepare: item means 5, 1, 5, 1 over two responses
    const tally = makeProgram('a', 'living.health', 2, [10, 2, 10, 2]);

    // Act
    const score = programScore(tally);
    const means = Object.values(itemMeans(tally));

    // Assess
    expect(score).toBeCloseTo(3, 10);
    expect(score).toBeCloseTo(means.reduce((a, b) => a + b, 0) / means.length, 10);
  });

  it('is absent without responses, not zero', () => {
    // Assess
    expect(programScore(makeProgram('a', 'living.health', 0, [0, 0, 0, 0]))).toBeUndefined();
  });
});

describe('impactScores', () => {
  it('rolls programs up to sub-dimensions, dimensions and the city by plain means', () => {
    // Prepare:
    //   a  governance.public-services  2 responses, sums 9+8+7+8 = 32 over 8: 4
    //   b  governance.public-services  1 response,  3+3+2+4 = 12 over 4:      3
    //   c  governance.bureaucracy      4 responses, 8+8+8+8 = 32 over 16:     2
    //   d  economy.industry            1 response,  5+5+5+5 = 20 over 4:      5
    //   public-services (4 + 3) / 2 = 3.5;  bureaucracy 2;  industry 5
    //   governance (3.5 + 2) / 2 = 2.75 (the mean of its programs, (4 + 3 + 2) / 3 = 3, is not it)
    //   economy 5;  city (2.75 + 5) / 2 = 3.875
    const programs = [
      makeProgram('a', 'governance.public-services', 2, [9, 8, 7, 8]),
      makeProgram('b', 'governance.public-services', 1, [3, 3, 2, 4]),
      makeProgram('c', 'governance.bureaucracy', 4, [8, 8, 8, 8]),
      makeProgram('d', 'economy.industry', 1, [5, 5, 5, 5]),
    ];

    // Act
    const scores = impactScores(programs);

    // Assess
    expect(scores.programs).toEqual({
      a: expect.closeTo(4, 10),
      b: expect.closeTo(3, 10),
      c: expect.closeTo(2, 10),
      d: expect.closeTo(5, 10),
    });
    expect(scores.subDimensions).toEqual({
      'governance.public-services': expect.closeTo(3.5, 10),
      'governance.bureaucracy': expect.closeTo(2, 10),
      'economy.industry': expect.closeTo(5, 10),
    });
    expect(scores.dimensions).toEqual({
      governance: expect.closeTo(2.75, 10),
      economy: expect.closeTo(5, 10),
    });
    expect(scores.city).toBeCloseTo(3.875, 10);
  });

  it('leaves programs without responses out of every level: they neither lower nor raise a score', () => {
    // Prepare:
    //   a  living.health     2 responses, sums 8+8+8+8 = 32 over 8: 4
    //   b  living.health     no responses
    //   c  living.mobility   no responses (the only program of its sub-dimension)
    //   d  society.security  no responses (the only program of its dimension)
    //   health 4;  mobility none;  living 4 (not (4 + 0) / 2);  society none;  city 4
    const programs = [
      makeProgram('a', 'living.health', 2, [8, 8, 8, 8]),
      makeProgram('b', 'living.health', 0, [0, 0, 0, 0]),
      makeProgram('c', 'living.mobility', 0, [0, 0, 0, 0]),
      makeProgram('d', 'society.security', 0, [0, 0, 0, 0]),
    ];

    // Act
    const scores = impactScores(programs);

    // Assess
    expect(scores.programs).toEqual({ a: expect.closeTo(4, 10) });
    expect(scores.subDimensions).toEqual({ 'living.health': expect.closeTo(4, 10) });
    expect(scores.dimensions).toEqual({ living: expect.closeTo(4, 10) });
    expect(scores.city).toBeCloseTo(4, 10);
  });

  it('files a program under its innovation’s sub-dimension, whatever slot it fills', () => {
    // Prepare: a dimension slot `governance` filled by an innovation of public policy (2), and
    //   one of public services (4): governance (2 + 4) / 2 = 3
    const policy = { ...makeProgram('a', 'governance.public-policy', 1, [2, 2, 2, 2]), slot: 'governance' };
    const services = makeProgram('b', 'governance.public-services', 1, [4, 4, 4, 4]);

    // Act
    const scores = impactScores([policy, services]);

    // Assess
    expect(Object.keys(scores.subDimensions).sort()).toEqual([
      'governance.public-policy',
      'governance.public-services',
    ]);
    expect(scores.dimensions.governance).toBeCloseTo(3, 10);
  });

  it('weighs each dimension alike in the city, however many programs and responses it has', () => {
    // Prepare: governance has three programs at 5 with ten responses each; environment one at 1
    //   with one response; the city is (5 + 1) / 2 = 3, not weighted towards governance
    const programs = [
      makeProgram('a', 'governance.public-services', 10, [50, 50, 50, 50]),
      makeProgram('b', 'governance.bureaucracy', 10, [50, 50, 50, 50]),
      makeProgram('c', 'governance.public-policy', 10, [50, 50, 50, 50]),
      makeProgram('d', 'environment.waste', 1, [1, 1, 1, 1]),
    ];

    // Act
    const scores = impactScores(programs);

    // Assess
    expect(scores.city).toBeCloseTo(3, 10);
  });

  it('has no city score when no program has a response yet', () => {
    // Act
    const none = impactScores([makeProgram('a', 'living.health', 0, [0, 0, 0, 0])]);
    const empty = impactScores([]);

    // Assess
    expect(none).toEqual({ programs: {}, subDimensions: {}, dimensions: {} });
    expect(empty).toEqual({ programs: {}, subDimensions: {}, dimensions: {} });
    expect('city' in none).toBe(false);
  });
});
