import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { cx } from '@/components/ui/cx';
import { Table, Td, Th } from '@/components/ui/table';
import { ErrorTitle } from './error-title';
import type { ImportIssue } from '@/lib/import/csv-core';

/** Every problem of a refused file, by row and column (the heading is row 1). Texts: `common.importIssues`. */
export function IssuesTable({ issues }: { issues: ReadonlyArray<ImportIssue> }) {
  const t = useTranslations('common.importIssues');
  return (
    <Table caption={t('caption')}>
      <thead>
        <tr>
          <Th numeric>{t('columns.line')}</Th>
          <Th>{t('columns.column')}</Th>
          <Th>{t('columns.problem')}</Th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, i) => (
          <tr key={`${issue.line}-${issue.column}-${i}`}>
            <Td numeric>{issue.line ?? '–'}</Td>
            <Td>{issue.column ?? t('wholeFile')}</Td>
            <Td>{issue.message}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export type ImportIssuesProps = {
  /** The id of the heading, which names the section. */
  id: string;
  title: ReactNode;
  lead: ReactNode;
  issues: ReadonlyArray<ImportIssue>;
  /** Announced when it appears, with "Errore: " in the title (the answer to a post); false where the page opens with it. */
  alert?: boolean;
  /** More below the table (how the file was read). */
  children?: ReactNode;
  className?: string;
};

/**
 * Why a CSV file was not imported: a heading and a lead (announced as an alert, since the
 * section comes back as the answer to the upload), then every problem by row and column.
 * Works without JavaScript: server or client component.
 */
export function ImportIssues({ id, title, lead, issues, alert = true, children, className = 'mb-8' }: ImportIssuesProps) {
  const intro = (
    <>
      <h2 id={id} className="mb-2 text-2xl font-bold">
        {title}
      </h2>
      <p className="mb-4">{lead}</p>
    </>
  );
  return (
    <section aria-labelledby={id} className={cx(className, 'border-l-4 border-danger pl-4')}>
      {alert ? (
        <>
          <ErrorTitle />
          <div role="alert">{intro}</div>
        </>
      ) : (
        intro
      )}
      <IssuesTable issues={issues} />
      {children}
    </section>
  );
}
