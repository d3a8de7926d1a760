import { useId, type ReactNode } from 'react';
import { cx } from './cx';

export type NotificationBannerProps = {
  /** Short label in the banner's bar, e.g. "Importante" or "Fatto". */
  title: string;
  /** Optional bold first line. */
  heading?: ReactNode;
  /** `success` confirms what the user just did and is announced (role="alert"); `info` is a region. */
  type?: 'info' | 'success';
  children?: ReactNode;
};

/**
 * GOV.UK notification banner: tells the user about something they need to know that is not
 * about what they are doing on the page (info), or confirms an action (success).
 * Not for validation errors: use the form's `ErrorSummary`.
 */
export function NotificationBanner({ title, heading, type = 'info', children }: NotificationBannerProps) {
  const titleId = useId();
  const success = type === 'success';
  return (
    <div
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      className={cx('mb-8 border-4', success ? 'border-success' : 'border-primary')}
    >
      <div className={cx('px-4 py-1 text-white', success ? 'bg-success' : 'bg-primary')}>
        <h2 id={titleId} className="text-base font-semibold text-white">
          {title}
        </h2>
      </div>
      <div className="bg-white px-4 py-4">
        {heading ? <p className="mb-2 text-xl font-bold">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
