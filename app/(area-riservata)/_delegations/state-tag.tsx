import { useTranslations } from 'next-intl';
import { Tag, type TagTone } from '@/components/ui/tag';
import type { DelegationState } from '@/lib/server/data/delegations';

const TONES: Record<DelegationState, TagTone> = {
  PENDING: 'yellow',
  INVITE_EXPIRED: 'grey',
  SCHEDULED: 'blue',
  ACTIVE: 'green',
  EXPIRED: 'grey',
  REVOKED: 'red',
};

/** A delegation's state today, as a tag (text carries the meaning; the colour helps). */
export function DelegationStateTag({ state }: { state: DelegationState }) {
  const t = useTranslations('delegations.states');
  return <Tag tone={TONES[state]}>{t(state)}</Tag>;
}
