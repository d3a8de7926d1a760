import { useTranslations } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import type { ImportIssue } from '@/lib/import/csv-core';

/** Every problem of a refused file, by row and column (the heading is row 1). */
export function IssuesTable({ issues }: { issues: ImportIssue[] }) {
  const t = useTranslations('consultant.import');
  return (
    <Table caption={t('issuesCaption')}>
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
