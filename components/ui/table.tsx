import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';

/**
 * A data table with a caption (GOV.UK table). Compose with `Th` and `Td`:
 * `<Table caption="…"><thead><tr><Th>…</Th></tr></thead><tbody><tr><Td>…</Td></tr></tbody></Table>`.
 * `captionHidden` keeps the caption for screen readers when a heading above says the same.
 * Cells are styled once by the `.data-table` rules (app/globals.css), not by classes repeated on
 * every cell: a page of 25 rows × 10 cells sent the same 45 characters 250 times, in the HTML and
 * again in the RSC payload. A `className` on a cell still wins (utilities come after components).
 */
export function Table({ caption, captionHidden, className, children }: { caption: ReactNode; captionHidden?: boolean; className?: string; children: ReactNode }) {
  return (
    <div className="mb-8 overflow-x-auto">
      <table className={cx('data-table', className)}>
        <caption {...(captionHidden ? { className: 'sr-only' } : null)}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

type CellOptions = {
  /** Right-aligns figures (amounts, counts) so that digits line up. */
  numeric?: boolean;
};

// A plain cell has no class of its own ("num" for figures), and no `className` prop at all: an
// undefined prop still costs ~25 bytes per cell in the RSC payload ("className":"$undefined").
const cellClass = (numeric: boolean | undefined, className: string | undefined) => {
  const classes = cx(numeric && 'num', className);
  return classes ? { className: classes } : null;
};

/** Header cell; `scope` defaults to "col" (use "row" for the first cell of a row). Only inside a `Table`. */
export function Th({ numeric, className, scope = 'col', ...props }: ComponentProps<'th'> & CellOptions) {
  return <th scope={scope} {...cellClass(numeric, className)} {...props} />;
}

/** Data cell. Only inside a `Table`. */
export function Td({ numeric, className, ...props }: ComponentProps<'td'> & CellOptions) {
  return <td {...cellClass(numeric, className)} {...props} />;
}
