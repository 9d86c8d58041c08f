import { describe, expect, it } from 'vitest';
import { keys as obligationKeys } from '#functions/obligations/keys.ts';
import { auditPut } from '#functions/platform/audit/audit.ts';
import { defineAuditEvents } from '#functions/platform/audit/define-audit-events.ts';
import { keys } from '#functions/submissions/keys.ts';

const events = defineAuditEvents({
  draft: { key: ({ city, id }) => keys.draft(city, id), actions: ['draft.created', 'draft.saved'] },
  obligation: { key: ({ id }) => obligationKeys.obligation(id), actions: ['obligation.moved'] },
});
const fields = {
  eventId: 'e1',
  at: '2026-03-02T01:00:00.000Z',
  actor: 'op',
  city: 'jambi',
  opd: 'dinas-kesehatan',
  before: null,
  after: { revision: 1 },
};

describe('defineAuditEvents', () => {
  it('builds the event of an action under its declared entity, with that entity key', () => {
    // Act
    const draft = events.event('draft.saved', { ...fields, entityId: 'd1' });
    const obligation = events.event('obligation.moved', { ...fields, entityId: 'jambi.2026.x.y' });

    // Assess
    expect(draft).toEqual({
      event: {
        eventId: 'e1',
        at: '2026-03-02T01:00:00.000Z',
        actor: 'op',
        action: 'draft.saved',
        city: 'jambi',
        opd: 'dinas-kesehatan',
        entity: { type: 'draft', id: 'd1' },
        before: null,
        after: { revision: 1 },
      },
      entityKey: keys.draft('jambi', 'd1'),
    });
    expect(obligation.event.entity).toEqual({ type: 'obligation', id: 'jambi.2026.x.y' });
    expect(obligation.entityKey).toEqual(obligationKeys.obligation('jambi.2026.x.y'));
  });

  it('refuses an action declared twice', () => {
    // Act
    const declare = () =>
      defineAuditEvents({
        draft: { key: ({ city, id }) => keys.draft(city, id), actions: ['draft.saved'] },
        submission: { key: ({ city, id }) => keys.submission(city, id), actions: ['draft.saved'] },
      });

    // Assess
    expect(declare).toThrow(/declared twice/);
  });

  it('stores an event in its entity partition and on the city audit log, append-only', () => {
    // Act
    const put = auditPut('table', events.event('draft.created', { ...fields, entityId: 'd1' }));

    // Assess: the stored shape that existing data has
    expect(put).toEqual({
      TableName: 'table',
      Item: {
        pk: 'CITY#jambi#DRAFT#d1',
        sk: 'AUDIT#2026-03-02T01:00:00.000Z#e1',
        gsi1pk: 'CITY#jambi#AUDIT',
        gsi1sk: '2026-03-02T01:00:00.000Z#e1',
        type: 'AuditEvent',
        eventId: 'e1',
        at: '2026-03-02T01:00:00.000Z',
        actor: 'op',
        action: 'draft.created',
        city: 'jambi',
        opd: 'dinas-kesehatan',
        entity: { type: 'draft', id: 'd1' },
        before: null,
        after: { revision: 1 },
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });
});
