import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';

/**
 * A data table with a caption (GOV.UK table). Compose with `Th` and `Td`:
 * `<Table caption="…"><thead><tr><Th>…</Th></tr></thead><tbody><tr><Td>…</Td></tr></tbody></Table>`.
 * `captionHidden` keeps the caption for screen readers when a heading above says the same.
 */
export function Table({ caption, captionHidden, className, children }: { caption: ReactNode; captionHidden?: boolean; className?: string; children: ReactNode }) {
  return (
    <div className="mb-8 overflow-x-auto">
      <table className={cx('w-full border-collapse text-left text-base', className)}>
        <caption className={cx('mb-2 text-left text-xl font-bold', captionHidden && 'sr-only')}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

type CellOptions = {
  /** Right-aligns figures (amounts, counts) so that digits line up. */
  numeric?: boolean;
};

/** Header cell; `scope` defaults to "col" (use "row" for the first cell of a row). */
export function Th({ numeric, className, scope = 'col', ...props }: ComponentProps<'th'> & CellOptions) {
  return <th scope={scope} className={cx('border-b-2 border-ink px-2 py-2 align-bottom font-semibold', numeric && 'text-right', className)} {...props} />;
}

/** Data cell. */
export function Td({ numeric, className, ...props }: ComponentProps<'td'> & CellOptions) {
  return <td className={cx('border-b border-subtle px-2 py-2 align-top', numeric && 'text-right tabular-nums', className)} {...props} />;
}
