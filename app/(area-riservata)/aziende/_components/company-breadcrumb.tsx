import { getTranslations } from 'next-intl/server';
import { Breadcrumb, type BreadcrumbItem } from '@/components/layout/breadcrumb';
import { companyPaths } from '@/lib/company-paths';
import { roleHome } from '@/lib/navigation';
import type { AppRole } from '@/lib/server/auth/types';

const BACK_TO = { EMPLOYER: 'companies', CONSULTANT: 'clients', STAFF: 'queue', ADMIN: 'queue' } as const;

/**
 * Where a company page sits: the role's home (my companies, my clients or the queue), the company,
 * then the page's own trail (the last item is the current page).
 */
export async function CompanyBreadcrumb({ role, company, trail }: { role: AppRole; company: { id: string; legalName: string }; trail: BreadcrumbItem[] }) {
  const tNav = await getTranslations('common.nav');
  const home = role === 'ADMIN' ? roleHome.STAFF : roleHome[role];
  return <Breadcrumb items={[{ label: tNav(BACK_TO[role]), href: home }, { label: company.legalName, href: companyPaths.home(company.id) }, ...trail]} />;
}
