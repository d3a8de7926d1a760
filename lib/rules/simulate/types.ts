// The scenario `simulate` evaluates and the result it returns (decimals are strings in JSON).
// The zod schema of the scenario is lib/schemas/simulation.ts; docs/rules/README.md documents both.
import type { CalendarDate } from '../core/calendar-date';
import type { Citation } from '../core/citation';
import type { TraceStep } from '../core/trace';
import type { AllowanceMonth } from '../amounts/allowance';
import type { AdditionalContribution } from '../contributions/additional';
import type { OrdinaryContribution } from '../contributions/ordinary';
import type { RuleWarning } from '../context';
import type { CommitteeResolution } from '../parameters/committee';
import type { RuleSettings } from '../parameters/settings';
import type { Conguaglio } from '../procedure/conguaglio';
import type { DirectPayment } from '../procedure/direct-payment';
import type { FilingWindow } from '../procedure/filing-window';
import type { UnionProcedure } from '../procedure/union-procedure';
import type { WorkforceTestResult } from '../scope/workforce-test';
import type { SizeClassResult } from '../size/size-class';
import type {
  ApprenticeType,
  BilateralFundCover,
  Cause,
  ContractType,
  DirectPaymentGround,
  Instrument,
  LedgerEntry,
  PayBasis,
  PaymentMode,
  ReductionType,
  WorkerCategory,
} from '../types';
import type { PerRequestMax } from '../windows/per-request-max';
import type { WindowsOutcome, WindowUsage } from '../windows/compute-windows';
import type { Reason } from '../eligibility/worker-eligibility';

export type ScenarioWorker = {
  id: string;
  category: WorkerCategory;
  contractType: ContractType;
  apprenticeType?: ApprenticeType | null;
  isPublicEmployee?: boolean;
  hireDate: string;
  /** Days of effective work at the unit up to the application date (F-4, J-15). */
  effectiveDaysAtUnit: number;
  /** The individual days worked, when known (R2019 12-month look-back). */
  effectiveWorkDates?: string[];
  /** Days on the contracted activity with the outgoing contractor (cambio appalto). */
  priorContractorDays?: number;
  weeklyHours: string;
  payBasis: PayBasis;
  monthlyGlobalPay?: string | null;
  hourlyGlobalPay?: string | null;
  /** CCNL divisor of this worker's monthly pay (default settings.monthlyPayDivisor). */
  payDivisor?: string | null;
  householdWithoutChildren: boolean;
  /** Hours not worked in the period: a total, or per month `{ "YYYY-MM": "hours" }`. */
  hoursLost: string | Record<string, string>;
  /** Days on which this worker is suspended or reduced (D-7 counting of a reduction). */
  daysAffected?: number;
};

export type Scenario = {
  /** Evaluation day (recorded in the result). */
  asOf: string;
  applicationDate: string;
  employer: {
    inCigoScope: boolean;
    inCigsScope: boolean;
    bilateralFund: BilateralFundCover;
    optInDate?: string | null;
    exitDate?: string | null;
    activityStartDate?: string | null;
    /** Company headcount for the union procedure's 50-employee threshold (G-1). */
    companyHeadcount?: number | null;
  };
  units: Array<{ id: string; provinceCode: string; comuneName: string }>;
  headcounts: Array<{ productionUnitId: string; month: string; heads: number; sizeUnits: string }>;
  ledger: LedgerEntry[];
  request: {
    productionUnitId: string;
    cause: Cause;
    reductionType: ReductionType;
    periodStart: string;
    periodEnd: string;
    weekDays: 5 | 6;
    paymentMode: PaymentMode;
    directPaymentGrounds?: DirectPaymentGround[];
    unavoidableEvent?: boolean;
    weeklyReductionHours?: string | null;
    /** Days of suspension or reduction at the unit (D-7); default: every workable day of the period. */
    affectedDays?: number | null;
    crisisDueToCessation?: boolean;
    /** This request's id, to leave its own ledger entries out of the windows. */
    requestId?: string | null;
    /**
     * The Committee's partial grant (digest G-4): the paid period is further limited to these
     * dates; each worker's hours are pro-rated to the granted days. Not a simulator input.
     */
    committeeGrant?: { start: string; end: string } | null;
  };
  workers: ScenarioWorker[];
  procedure: { unionCommunicationDate?: string | null; jointExamRequestDate?: string | null; agreementDate?: string | null };
  /** Monthly taxable payroll, for the ordinary contribution (E-1). */
  payroll?: Array<{ month: string; taxablePay: string; dirigentiPay?: string; homeWorkersPay?: string }>;
  committeeResolutions?: CommitteeResolution[];
  settings?: Partial<RuleSettings>;
};

export type WorkerResult = {
  id: string;
  eligible: boolean;
  reasons: Reason[];
  seniorityDays: number;
  /** ANF due with the AIS (household without dependent children, C-3). */
  anf: boolean;
  notionalContributions: boolean;
  /** F-3: hours by which an apprenticeship is extended. */
  apprenticeshipExtensionHours: string | null;
  hourlyPay: string | null;
  hoursClipped: boolean;
  months: AllowanceMonth[];
  totals: { hoursLost: string; gross: string; net: string; lostPay: string };
};

export type SimulationResult = {
  rulesVersion: string;
  asOf: string;
  eligible: boolean;
  /** Why the request cannot be granted (empty when eligible). */
  reasons: string[];
  instrument: Instrument;
  routing: { reason: string; whereToGo: string };
  regime: { id: string; label: string; parameterDate: CalendarDate; citation: Citation } | null;
  workforceTest: WorkforceTestResult | null;
  sizeClass: SizeClassResult | null;
  cause: { admitted: boolean; reason: string } | null;
  weeksRequested: string;
  /** Weeks of the paid period counted against the windows (after a late filing). */
  weeksCounted: string;
  weeksGranted: string;
  grantedPeriod: { start: CalendarDate; end: CalendarDate } | null;
  perRequestMax: PerRequestMax | null;
  windows: { items: WindowUsage[]; maxGrantableWeeks: string; outcome: WindowsOutcome } | null;
  workers: WorkerResult[];
  totals: { workersEligible: number; hoursLost: string; gross: string; net: string };
  employerCosts: {
    additionalContribution: AdditionalContribution | null;
    ordinaryContribution: OrdinaryContribution[];
    /** Late filing: days the employer pays the workers itself (J-16). */
    employerOwes: { from: CalendarDate; to: CalendarDate } | null;
  };
  deadlines: {
    filingWindow: FilingWindow | null;
    unionProcedure: UnionProcedure | null;
    conguaglio: Conguaglio | null;
    directPayment: DirectPayment | null;
  };
  /** G-7/J-17: whether prior use of accrued holidays is required (R2019) — informative only. */
  holidaysFirstRequired: boolean | null;
  warnings: RuleWarning[];
  trace: TraceStep[];
};
