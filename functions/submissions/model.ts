/** The OPD a draft or submission belongs to, always taken from the caller's verified identity. */
export interface OpdScope {
  city: string;
  opd: string;
}

export type Answers = Record<string, unknown>;

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
}

/** Who did what to which item, when, with the item before and after. Append-only. */
export interface AuditEvent {
  eventId: string;
  at: string;
  actor: string;
  action:
    | 'draft.created'
    | 'draft.saved'
    | 'draft.submitted'
    | 'submission.created'
    | 'link.opened'
    | 'session.started'
    | 'obligation.opened'
    | 'obligation.submitted'
    | 'obligation.missed'
    | 'obligation.moved'
    | 'obligation.waived';
  city: string;
  opd: string;
  entity: { type: 'draft' | 'submission' | 'person' | 'obligation'; id: string };
  before: unknown;
  after: unknown;
}
