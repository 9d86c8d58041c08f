import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createHealthHandler } from '#functions/monitoring/health.ts';
import { fixedClock } from '#test/support/fixed-clock.ts';
import { httpEvent } from '#test/support/http-event.ts';

const clock = fixedClock('2026-05-04T03:02:01.000Z');
const context = { functionName: 'health', awsRequestId: 'r-1' } as Context;

describe('GET /health', () => {
  it('answers 200 when the table answers', async () => {
    const handler = createHealthHandler({ records: { ping: async () => undefined }, clock });
    const result = await handler(httpEvent('GET', '/health'), context);
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body ?? '')).toEqual({
      status: 'ok',
      service: 'siklus',
      time: '2026-05-04T03:02:01.000Z',
      checks: { table: 'ok' },
    });
  });

  it('answers 503 and says which check failed when the table does not answer', async () => {
    const handler = createHealthHandler({
      records: {
        ping: async () => {
          throw new Error('connect ECONNREFUSED');
        },
      },
      clock,
    });
    const result = await handler(httpEvent('GET', '/health'), context);
    expect(result.statusCode).toBe(503);
    expect(JSON.parse(result.body ?? '')).toMatchObject({
      status: 'unavailable',
      checks: { table: 'unreachable' },
    });
    expect(result.body).not.toContain('ECONNREFUSED');
  });
});
