// The committee's review queue: which requests count as pending, what "deadline at risk" means,
// and the sort orders staff can choose. Pure data shared by the filter schema, the DAL's SQL and
// the pages (no server imports).

/** Statuses of a request waiting for the Committee (filed, under review, waiting for the employer). */
export const PENDING_STATUSES = ['FILED', 'UNDER_REVIEW', 'INFO_REQUESTED'] as const;
export type PendingStatus = (typeof PENDING_STATUSES)[number];

/** Every status a filed request can have (drafts and discarded drafts never reach the queue). */
export const FILED_STATUSES = ['FILED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type FiledStatus = (typeof FILED_STATUSES)[number];

/** Final decisions: after one of these no other decision applies (except direct payment). */
export const DECIDED_STATUSES = ['APPROVED', 'PARTIALLY_APPROVED', 'REJECTED'] as const;

/** The status filter: the pending queue (default), one status, or every filed request. */
export const QUEUE_STATUS_FILTERS = ['pending', ...FILED_STATUSES, 'all'] as const;
export type QueueStatusFilter = (typeof QUEUE_STATUS_FILTERS)[number];

export const QUEUE_SORTS = ['filed_asc', 'filed_desc', 'period_end_asc'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const SIZE_CLASSES = ['C1', 'C2', 'C3'] as const;

export const QUEUE_PAGE_SIZE = 25;

/**
 * Deadline at risk: a pending request whose requested period ends within this many days, or has
 * already ended, without a decision. By then the employer has advanced the allowance for most of
 * the period (conguaglio, digest C-4) without knowing whether it will be authorised, and the
 * direct-payment data (SR41, G-5) fall due from the end of the period's months. The Committee
 * should decide these first.
 */
export const AT_RISK_DAYS = 15;

export const isPendingStatus = (status: string): status is PendingStatus => (PENDING_STATUSES as readonly string[]).includes(status);
