// Digest H-3: L.R. (Trentino-Alto Adige) 5/2009 regulation (seed 003, primary text).
import { describe, expect, it } from 'vitest';
import { simulateLr5_2009, type Lr5Input } from '@/lib/rules';
import type { Case } from './support';

const base: Lr5Input = {
  supportMonth: '2010-03',
  province: 'TN',
  kind: 'EMPLOYEE',
  residenceProvince: 'TN',
  domicileProvince: 'TN',
  lastEmploymentProvince: 'TN',
  availableForOffers: true,
  seniorityDaysWithLastEmployer: 365,
  stateIndemnity: '900.00',
  regionalIndemnityComputed: '300.00',
};
const collaborator = (monthlyIncome: string): Lr5Input => ({
  ...base,
  kind: 'PROJECT_COLLABORATOR',
  collaborator: { monthsInLast24: 8, consecutiveMonthsBeforeTermination: 4, singleClient: true, monthlyIncome },
  stateIndemnity: '0.00',
});

const cases: Case<Lr5Input, { eligible: boolean; regionalPaid?: string; total?: string }>[] = [
  { name: 'T57 with a State indemnity of 900.00 and a regional one computed at 300.00, the Region pays 165.00 (total 1,065.00)', asOf: '2010-03-31', input: base, expected: { eligible: true, regionalPaid: '165.00', total: '1065.00' }, source: 'digest §I T57; reg. L.R. 5/2009 art. 3 c. 3' },
  { name: 'T58 a project collaborator earning 599.99 a month is not eligible', asOf: '2010-03-31', input: collaborator('599.99'), expected: { eligible: false }, source: 'digest §I T58; art. 3 c. 2 lett. c' },
  { name: 'T58 a project collaborator earning 600.00 is eligible', asOf: '2010-03-31', input: collaborator('600.00'), expected: { eligible: true }, source: 'digest §I T58' },
  { name: 'T58 a project collaborator earning 3,000.00 is eligible', asOf: '2010-03-31', input: collaborator('3000.00'), expected: { eligible: true }, source: 'digest §I T58' },
  { name: 'T58 a project collaborator earning 3,000.01 is not eligible', asOf: '2010-03-31', input: collaborator('3000.01'), expected: { eligible: false }, source: 'digest §I T58' },
  { name: 'T59 179 days with the last employer are not enough', asOf: '2010-03-31', input: { ...base, seniorityDaysWithLastEmployer: 179 }, expected: { eligible: false }, source: 'digest §I T59; art. 3 c. 1 lett. b' },
  { name: 'T59 180 days are enough', asOf: '2010-03-31', input: { ...base, seniorityDaysWithLastEmployer: 180 }, expected: { eligible: true }, source: 'digest §I T59' },
  {
    name: 'T60 a collaborator with 6 months in the last 24 but only 2 consecutive before termination is not eligible',
    asOf: '2010-03-31',
    input: { ...collaborator('1000.00'), collaborator: { monthsInLast24: 6, consecutiveMonthsBeforeTermination: 2, singleClient: true, monthlyIncome: '1000.00' } },
    expected: { eligible: false },
    source: 'digest §I T60; art. 3 c. 2 lett. a',
  },
  { name: 'T61 support for January 2011 is not payable (periods up to 31 Dec 2010)', asOf: '2011-01-31', input: { ...base, supportMonth: '2011-01' }, expected: { eligible: false }, source: 'digest §I T61; art. 1 c. 4' },
  { name: 'support for December 2010 is payable', asOf: '2010-12-31', input: { ...base, supportMonth: '2010-12' }, expected: { eligible: true }, source: 'digest H-3 art. 1 c. 4' },
  { name: 'T62 a seasonal tourism worker is excluded', asOf: '2010-03-31', input: { ...base, excludedStatus: 'SEASONAL_TOURISM_AGRICULTURE' }, expected: { eligible: false }, source: 'digest §I T62; art. 2 c. 3' },
  { name: 'T62 a pensioner is excluded', asOf: '2010-03-31', input: { ...base, excludedStatus: 'PENSIONER' }, expected: { eligible: false }, source: 'digest §I T62' },
  { name: 'T62 a VAT-registered self-employed person is excluded', asOf: '2010-03-31', input: { ...base, excludedStatus: 'VAT_SELF_EMPLOYED' }, expected: { eligible: false }, source: 'digest §I T62' },
  { name: 'an agency worker may cumulate 180 days over several contracts in the last 12 months', asOf: '2010-03-31', input: { ...base, kind: 'AGENCY_WORKER', seniorityDaysWithLastEmployer: 60, agencyDaysLast12Months: 190 }, expected: { eligible: true }, source: 'digest H-3 item 4 (b)' },
  { name: 'a person resident in Trento but domiciled elsewhere is not eligible for Trento’s intervention', asOf: '2010-03-31', input: { ...base, domicileProvince: 'VR' }, expected: { eligible: false }, source: 'digest H-3 item 4 (a)' },
];

describe('L.R. 5/2009 regional indemnity', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    const result = simulateLr5_2009(input);
    expect(result.eligible).toBe(expected.eligible);
    if (expected.regionalPaid) expect(result.regionalPaid).toBe(expected.regionalPaid);
    if (expected.total) expect(result.total).toBe(expected.total);
  });

  it('a regional indemnity below the room under the cap is paid in full (State 500.00 + 300.00)', () => {
    expect(simulateLr5_2009({ ...base, stateIndemnity: '500.00' })).toMatchObject({ regionalPaid: '300.00', total: '800.00' });
  });

  it('members of a pension fund for 6 months get the Pensplan contribution; 5 months do not', () => {
    expect(simulateLr5_2009({ ...base, pensionFundMonths: 6 }).pensionContribution).toBe(true);
    expect(simulateLr5_2009({ ...base, pensionFundMonths: 5 }).pensionContribution).toBe(false);
  });

  it('the result explains itself with citations of the regulation', () => {
    const result = simulateLr5_2009(base);
    expect(result.trace.map((s) => s.citation.label)).toContain('Reg. L.R. 5/2009 art. 3 c. 3');
  });
});
