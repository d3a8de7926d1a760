import { useTranslations } from 'next-intl';
// The leaf module, not @/lib/rules: this runs in client components (the simulator's result), and
// the library's index would bring the whole rules engine and decimal.js into their bundle.
import { windowLabelId } from '@/lib/rules/windows/window-labels';

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
