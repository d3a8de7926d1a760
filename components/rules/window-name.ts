import { useTranslations } from 'next-intl';
import { windowLabelId } from '@/lib/rules';

/**
 * A window's name in the page's language: lib/rules names windows in Italian (WINDOW_LABELS);
 * a label it does not know (an older filing's snapshot) is shown as stored.
 */
export function useWindowName(): (label: string) => string {
  const t = useTranslations('rules.timeline.windowName');
  return (label) => {
    const id = windowLabelId(label);
    return id ? t(id) : label;
  };
}
