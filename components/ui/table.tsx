import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';

/**
 * A data table with a caption (GOV.UK table). Compose with `Th` and `Td`:
 * `<Table caption="…"><thead><tr><Th>…</Th></tr></thead><tbody><tr><Td>…</Td></tr></tbody></Table>`.
 * `captionHidden` keeps the caption for screen readers when a heading above says the same.
 * Data cells are styled once by `.data-table td` (app/globals.css), not by classes repeated on
 * every cell: a page of 25 rows × 4 cells sent the same 40 characters 100 times, in the HTML and
 * again in the RSC payload. A `className` on a cell still wins (utilities come after components).
 */
export function Table({ caption, captionHidden, className, children }: { caption: ReactNode; captionHidden?: boolean; className?: string; children: ReactNode }) {
  return (
    <div className="mb-8 overflow-x-auto">
      <table className={cx('data-table', className)}>
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
  return <td className={cx(numeric && 'text-right tabular-nums', className) || undefined} {...props} />;
}
