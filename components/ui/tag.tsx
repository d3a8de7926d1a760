import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { cx } from './cx';

export type TagTone = 'grey' | 'blue' | 'green' | 'red' | 'yellow';

/** A short status label (GOV.UK tag). Text alone carries the meaning; the colour only helps. Every tone keeps 4.5:1 contrast. */
export function Tag({ tone = 'blue', children, className }: { tone?: TagTone; children: ReactNode; className?: string }) {
  // `.tag` and `.tag-<tone>` in app/globals.css (short classes: a queue page shows 50 tags).
  return <strong className={cx('tag', `tag-${tone}`, className)}>{children}</strong>;
}

export type RequestStatus =
  | 'DRAFT'
  | 'DISCARDED'
  | 'FILED'
  | 'UNDER_REVIEW'
  | 'INFO_REQUESTED'
  | 'APPROVED'
  | 'PARTIALLY_APPROVED'
  | 'REJECTED'
  | 'WITHDRAWN';

const STATUS_TONES: Record<RequestStatus, TagTone> = {
  DRAFT: 'grey',
  DISCARDED: 'grey',
  WITHDRAWN: 'grey',
  FILED: 'blue',
  UNDER_REVIEW: 'blue',
  INFO_REQUESTED: 'yellow',
  APPROVED: 'green',
  PARTIALLY_APPROVED: 'green',
  REJECTED: 'red',
};

/** The request's status as a translated tag (common.requestStatus), the same everywhere. */
export function RequestStatusTag({ status }: { status: RequestStatus }) {
  const t = useTranslations('common.requestStatus');
  return <Tag tone={STATUS_TONES[status]}>{t(status)}</Tag>;
}
