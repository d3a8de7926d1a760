import { getLocale, getTranslations } from 'next-intl/server';
import { RuleTrace } from '@/components/rules/rule-trace';
import { Table, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { companyPaths } from '@/lib/company-paths';
import { formatDecimal, formatMonth } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { CompanyStatus } from '@/lib/server/data/company-status';
import Link from 'next/link';

/**
 * The live 75 % Trentino test (digest A-6) and size class (B-1, B-2) on the company page: the
 * figures the rules computed from the monthly headcounts, with "Perché?" (trace and citations);
 * when a month the rule needs is missing, which months to enter.
 */
export async function ScopeSection({ employerId, status, canEdit }: { employerId: string; status: CompanyStatus; canEdit: boolean }) {
  const [t, tl, locale] = await Promise.all([getTranslations('company.scope'), getTranslations('labels'), getLocale() as Promise<Locale>]);
  const month = (m: string) => formatMonth(m, locale);
  const { workforce, size } = status;
  const enterLink = canEdit ? <Link href={companyPaths.headcounts(employerId)}>{t('enterHeadcounts')}</Link> : null;
  return (
    <>
      <section aria-labelledby="test-75" className="mb-10">
        <h2 id="test-75" className="mb-4 text-3xl">
          {t('workforceTitle')}
        </h2>
        {workforce === null ? (
          <p>{t('noRegime')}</p>
        ) : workforce.state === 'missing' ? (
          <p>
            {t('workforceMissing', { month: month(workforce.referenceMonth) })} {enterLink}
          </p>
        ) : (
          <>
            <p className="mb-2">
              <Tag tone={workforce.passed ? 'green' : 'red'}>{workforce.passed ? t('workforcePassed') : t('workforceFailed')}</Tag>
            </p>
            <p className="mb-2 text-xl" data-testid="workforce-ratio">
              {t('workforceRatio', { trento: workforce.trentoHeads, total: workforce.totalHeads, share: formatDecimal(workforce.sharePercent, locale), month: month(workforce.referenceMonth) })}
            </p>
            <p className="mb-4 max-w-3xl">{workforce.passed ? t('workforceYearIn', { year: status.today.slice(0, 4) }) : t('workforceYearOut', { year: status.today.slice(0, 4) })}</p>
            <p className="mb-4 max-w-3xl text-muted">{t('workforceRule')}</p>
            <RuleTrace steps={workforce.trace} />
          </>
        )}
      </section>
      <section aria-labelledby="size-class" className="mb-10">
        <h2 id="size-class" className="mb-4 text-3xl">
          {t('sizeTitle')}
        </h2>
        {size === null ? (
          <p>{t('noRegime')}</p>
        ) : size.state === 'missing' ? (
          <p>
            {t('sizeMissing', { months: size.missing.map(month).join(', ') })} {enterLink}
          </p>
        ) : (
          <>
            <p className="mb-4 text-xl" data-testid="size-class">
              {t('sizeResult', { average: formatDecimal(size.average, locale), sizeClass: tl(`sizeClass.${size.sizeClass}`) })}
            </p>
            <Table caption={t('sizeCaption')}>
              <thead>
                <tr>
                  <Th>{t('month')}</Th>
                  <Th numeric>{t('sizeUnits')}</Th>
                </tr>
              </thead>
              <tbody>
                {size.months.map((m) => (
                  <tr key={m.month}>
                    <Td>{month(m.month)}</Td>
                    <Td numeric>{formatDecimal(m.units, locale)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <RuleTrace steps={size.trace} />
          </>
        )}
      </section>
    </>
  );
}
