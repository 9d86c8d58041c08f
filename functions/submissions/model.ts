/** The OPD a draft or submission belongs to, always taken from the caller's verified identity. */
export interface OpdScope {
  city: string;
  opd: string;
}

export type Answers = Record<string, unknown>;

/**
 * The request that created an item under an `Idempotency-Key`: a repeat of that request is
 * answered with the item, while the same key with another body is refused (422).
 */
export interface IdempotencyRecord {
  /** SHA-256 (hex) of the key as the client sent it. */
  keyHash: string;
  /** SHA-256 (hex) of the request body in canonical form (keys sorted at every level). */
  requestHash: string;
}

/** A file attached as evidence, linked to its submission by the SHA-256 the store verified. */
export interface EvidenceLink {
  fieldPath: string;
  fileId: string;
  key: string;
  sha256: string;
  size: number;
  contentType: string;
}

export interface Draft extends OpdScope {
  draftId: string;
  formId: string;
  formVersion: number;
  answers: Answers;
  status: 'draft' | 'submitted';
  /** Increases with every change; a write that names an older revision is refused (409). */
  revision: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Present when the draft was created under an idempotency key. */
  idempotency?: IdempotencyRecord;
}

export interface Submission extends OpdScope {
  submissionId: string;
  formId: string;
  formVersion: number;
  answers: Answers;
  computed: Record<string, unknown>;
  score?: { score: number; max: number };
  evidence: EvidenceLink[];
  status: 'submitted';
  revision: number;
  submittedAt: string;
  submittedBy: string;
  /** The draft it was submitted from, if any. */
  draftId?: string;
  /** Present when the submission was made under an idempotency key. */
  idempotency?: IdempotencyRecord;
}
