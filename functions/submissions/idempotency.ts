import { createHash } from 'node:crypto';
import { stableHash } from '#forms/engine/stable-hash.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';

import type { IdempotencyRecord, OpdScope } from './model.ts';

/*
 * Requests made under an `Idempotency-Key`: every repeat of one creates the same item, so a
 * double click, a retry or twenty concurrent twins store it once; the first answer is replayed.
 */

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What a request under `key` records with the item it creates: the key's hash and the body's. */
export function idempotencyRecord(key: string, body: unknown): IdempotencyRecord {
  return { keyHash: sha256(key), requestHash: stableHash(body) };
}

/**
 * The id of the item that a request under `key` creates, the same for every repeat of it.
 * Derived within the OPD and the form, so two OPDs choosing the same key never meet.
 */
export function idempotentId(
  kind: 'draft' | 'submission',
  scope: OpdScope,
  formId: string,
  key: string,
): string {
  // Submissions keep the derivation their stored ids were made with; drafts get their own space.
  const material = `${scope.city}|${scope.opd}|${formId}|${key}`;
  return `idem-${sha256(kind === 'submission' ? material : `draft|${material}`).slice(0, 32)}`;
}

/** 422: the key was used before, for a request with another body. */
export const idempotencyKeyReused = () =>
  new DomainError('unprocessable', 'idempotency_key_reused', {
    id: 'Kunci idempotensi ini sudah dipakai untuk permintaan dengan isi yang berbeda. Gunakan kunci baru untuk permintaan baru.',
    en: 'This idempotency key was already used for a request with a different body. Use a new key for a new request.',
  });

/**
 * Refuses (422) to answer `request` with `existing` when `existing` was made under the same key
 * but from another body. Anything else is a repeat: the same request again, or an item made
 * without that key (a draft submitted twice, whatever keys came with it).
 */
export function assertSameRequest(
  existing: { idempotency?: IdempotencyRecord },
  request: IdempotencyRecord | undefined,
): void {
  if (request === undefined || existing.idempotency?.keyHash !== request.keyHash) return;
  if (existing.idempotency.requestHash !== request.requestHash) throw idempotencyKeyReused();
}
