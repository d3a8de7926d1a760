// Digest C-5 (NASpI top-up, R2019 art. 8), C-6 (esodo), C-7 (staffetta), C-8 (training).
import { describe, expect, it } from 'vitest';
import { esodoEligibility } from '@/lib/rules/benefits/esodo';
import { naspiTopUp, type NaspiTopUpInput } from '@/lib/rules/benefits/naspi-top-up';
import { staffettaEligibility, type StaffettaInput } from '@/lib/rules/benefits/staffetta';
import { trainingAccess } from '@/lib/rules/benefits/training';
import { addMonths } from '@/lib/rules/core/calendar-date';
import { ctx, d, type Case } from './support';

const seasonal = (naspiMonths: string, weeks = 26): NaspiTopUpInput => ({
  asOf: d('2020-06-01'),
  applicationDate: d('2020-06-01'),
  kind: 'SEASONAL',
  naspiExhausted: true,
  lastNaspiInstalment: '900.00',
  naspiMonths,
  sector: 'RETAIL',
  seasonalWeeks: weeks,
});

const naspiCases: Case<NaspiTopUpInput, { eligible: boolean; months: string }>[] = [
  { name: 'T52 a seasonal retail worker with 26 weeks and NASpI of 3 months gets 1 month at the last instalment', asOf: '2020-06-01', input: seasonal('3'), expected: { eligible: true, months: '1' }, source: 'digest §I T52; D.I. 103593/2019 art. 8 c. 3' },
  { name: 'T52 with NASpI of 3.5 months the top-up is 0.5 month', asOf: '2020-06-01', input: seasonal('3.5'), expected: { eligible: true, months: '0.5' }, source: 'digest §I T52' },
  { name: 'T52 with NASpI of 4 months there is no top-up', asOf: '2020-06-01', input: seasonal('4'), expected: { eligible: false, months: '0' }, source: 'digest §I T52' },
  { name: 'T53 a seasonal worker with 25 weeks is not eligible', asOf: '2020-06-01', input: seasonal('3', 25), expected: { eligible: false, months: '0' }, source: 'digest §I T53 (≥ 26 weeks)' },
  {
    name: 'T54 a worker aged 57 at termination with NASpI exhausted gets nothing',
    asOf: '2020-06-01',
    input: { asOf: d('2020-06-01'), applicationDate: d('2020-06-01'), kind: 'OLDER_WORKER', naspiExhausted: true, lastNaspiInstalment: '1100.00', ageAtTermination: 57 },
    expected: { eligible: false, months: '0' },
    source: 'digest §I T54; art. 8 c. 2',
  },
  {
    name: 'T54 a worker aged 58 gets 1 month equal to the last NASpI instalment',
    asOf: '2020-06-01',
    input: { asOf: d('2020-06-01'), applicationDate: d('2020-06-01'), kind: 'OLDER_WORKER', naspiExhausted: true, lastNaspiInstalment: '1100.00', ageAtTermination: 58 },
    expected: { eligible: true, months: '1' },
    source: 'digest §I T54',
  },
];

describe('NASpI top-up (R2019)', () => {
  it.each(naspiCases)('$name', ({ input, expected }) => {
    const result = naspiTopUp(input, ctx());
    expect({ eligible: result.eligible, months: result.months }).toEqual(expected);
  });

  it('the 58+ top-up equals the last instalment: 1,100.00', () => {
    expect(naspiTopUp({ asOf: d('2020-06-01'), applicationDate: d('2020-06-01'), kind: 'OLDER_WORKER', naspiExhausted: true, lastNaspiInstalment: '1100.00', ageAtTermination: 58 }, ctx()).amount).toBe('1100.00');
  });

  it('a worker in another sector is not eligible', () => {
    expect(naspiTopUp({ ...seasonal('3'), sector: 'OTHER' }, ctx()).eligible).toBe(false);
  });

  it('since 2021 the 26 weeks may be counted from 10 Aug 2018 (Committee resolution 16017/2021)', () => {
    const input = { ...seasonal('3'), asOf: d('2021-06-01'), applicationDate: d('2021-06-01'), seasonalWeeksFrom: d('2018-08-10') };
    expect(naspiTopUp(input, ctx()).eligible).toBe(true);
    expect(naspiTopUp({ ...input, asOf: d('2020-06-01'), applicationDate: d('2020-06-01') }, ctx()).eligible).toBe(false);
  });

  it('under R2023 there is no top-up without a Committee resolution (J-18), and the resolution sets it', () => {
    const input = { ...seasonal('3'), asOf: d('2025-06-01'), applicationDate: d('2025-06-01') };
    expect(naspiTopUp(input, ctx()).eligible).toBe(false);
    const withResolution = ctx({
      committeeResolutions: [
        { number: '7', date: '2025-01-20', parameterKey: 'NASPI_TOP_UP_MONTHLY_AMOUNT', value: '800.00', effectiveFrom: '2025-02-01' },
        { number: '7', date: '2025-01-20', parameterKey: 'NASPI_TOP_UP_MONTHS', value: '1', effectiveFrom: '2025-02-01' },
      ],
    });
    expect(naspiTopUp(input, withResolution)).toMatchObject({ eligible: true, amount: '800.00' });
  });
});

describe('early exit (esodo, C-6)', () => {
  it('T56 pension requirements reached 60 months after the exit: eligible', () => {
    expect(esodoEligibility({ exitDate: d('2025-06-30'), pensionRequirementDate: addMonths(d('2025-06-30'), 60), companyAgreement: true }, ctx()).eligible).toBe(true);
  });
  it('T56 requirements reached in 61 months: not eligible', () => {
    expect(esodoEligibility({ exitDate: d('2025-06-30'), pensionRequirementDate: addMonths(d('2025-06-30'), 61), companyAgreement: true }, ctx()).eligible).toBe(false);
  });
  it('without a company union agreement it is not available (default reading)', () => {
    expect(esodoEligibility({ exitDate: d('2025-06-30'), pensionRequirementDate: d('2027-01-01'), companyAgreement: false }, ctx()).eligible).toBe(false);
  });
});

const staffetta = (over: Partial<StaffettaInput>): StaffettaInput => ({
  date: d('2025-06-01'),
  retireePensionRequirementDate: addMonths(d('2025-06-01'), 36),
  hireAgeInYears: 35,
  hireContractMonths: 36,
  sameEmployer: true,
  simultaneous: true,
  ...over,
});

describe('generational relay (staffetta, C-7)', () => {
  it('T55 a retiree-to-be 36 months from pension and a hire aged 35 for 36 months: eligible', () => {
    expect(staffettaEligibility(staffetta({}), ctx()).eligible).toBe(true);
  });
  it('T55 a hire aged 36 is not eligible', () => {
    expect(staffettaEligibility(staffetta({ hireAgeInYears: 36 }), ctx()).eligible).toBe(false);
  });
  it('T55 a hire for 24 months is not eligible', () => {
    expect(staffettaEligibility(staffetta({ hireContractMonths: 24 }), ctx()).eligible).toBe(false);
  });
  it('T55 a retiree 37 months from pension is not eligible', () => {
    expect(staffettaEligibility(staffetta({ retireePensionRequirementDate: addMonths(d('2025-06-01'), 37) }), ctx()).eligible).toBe(false);
  });
  it('an open-ended hire satisfies the 3-year minimum', () => {
    expect(staffettaEligibility(staffetta({ hireContractMonths: null }), ctx()).eligible).toBe(true);
  });
});

describe('training programmes (C-8)', () => {
  it('a company agreement with the RSA/RSU gives access', () => {
    expect(trainingAccess({ companyUnionAgreement: true, territorialUnionAgreement: false, hasCompanyUnionRepresentatives: true, providedByTerritorialCollectiveAgreement: false }, ctx()).eligible).toBe(true);
  });
  it('without company representatives a territorial agreement suffices', () => {
    expect(trainingAccess({ companyUnionAgreement: false, territorialUnionAgreement: true, hasCompanyUnionRepresentatives: false, providedByTerritorialCollectiveAgreement: false }, ctx()).eligible).toBe(true);
  });
  it('without any agreement, training provided for by territorial collective agreements still gives access', () => {
    expect(trainingAccess({ companyUnionAgreement: false, territorialUnionAgreement: false, hasCompanyUnionRepresentatives: true, providedByTerritorialCollectiveAgreement: true }, ctx()).eligible).toBe(true);
    expect(trainingAccess({ companyUnionAgreement: false, territorialUnionAgreement: false, hasCompanyUnionRepresentatives: true, providedByTerritorialCollectiveAgreement: false }, ctx()).eligible).toBe(false);
  });
});
