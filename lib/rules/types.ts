// Domain enums shared by the rules library, the database (prisma/schema.prisma) and the API.
// The string values are exactly the Prisma enum values.
import type { SizeClass } from './parameters/value';

export type { SizeClass };

export const CAUSES = [
  'ORDINARY_TRANSITORY_EVENT',
  'ORDINARY_MARKET',
  'ORDINARY_BAD_WEATHER',
  'CRISIS',
  'REORGANISATION',
  'SOLIDARITY_CONTRACT',
  'COVID19',
] as const;
export type Cause = (typeof CAUSES)[number];

export const LEDGER_KINDS = ['HISTORY', 'RESERVED', 'AUTHORISED', 'USED'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** One period in a production unit's ledger (the WindowEntry model). Weeks are a decimal string. */
export type LedgerEntry = {
  id?: string;
  productionUnitId: string;
  kind: LedgerKind;
  cause: Cause;
  periodStart: string;
  periodEnd: string;
  weeks: string;
  neutralised: boolean;
  requestId?: string | null;
};

export const WORKER_CATEGORIES = ['OPERAIO', 'IMPIEGATO', 'QUADRO', 'DIRIGENTE', 'APPRENTICE', 'HOME_WORKER'] as const;
export type WorkerCategory = (typeof WORKER_CATEGORIES)[number];

export const CONTRACT_TYPES = ['OPEN_ENDED', 'FIXED_TERM', 'SEASONAL', 'INTERMITTENT'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const APPRENTICE_TYPES = ['TYPE1_QUALIFICATION', 'TYPE2_PROFESSIONALISING', 'TYPE3_HIGHER_EDUCATION'] as const;
export type ApprenticeType = (typeof APPRENTICE_TYPES)[number];

export const PAY_BASES = ['MONTHLY', 'HOURLY'] as const;
export type PayBasis = (typeof PAY_BASES)[number];

export const REDUCTION_TYPES = ['SUSPENSION', 'REDUCTION'] as const;
export type ReductionType = (typeof REDUCTION_TYPES)[number];

export const PAYMENT_MODES = ['CONGUAGLIO', 'DIRECT'] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];

export const BILATERAL_FUND_COVERS = ['NONE', 'BILATERAL_ART26', 'ALTERNATIVE_ART27'] as const;
export type BilateralFundCover = (typeof BILATERAL_FUND_COVERS)[number];

export const INSTRUMENTS = ['FSTN', 'CIGO', 'CIGS', 'BILATERAL_ART26', 'ALTERNATIVE_ART27', 'FIS', 'NONE'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const DIRECT_PAYMENT_GROUNDS = ['INSOLVENCY', 'SERIOUS_FINANCIAL_DIFFICULTY'] as const;
export type DirectPaymentGround = (typeof DIRECT_PAYMENT_GROUNDS)[number];

export const ORDINARY_CAUSES: ReadonlySet<Cause> = new Set(['ORDINARY_TRANSITORY_EVENT', 'ORDINARY_MARKET', 'ORDINARY_BAD_WEATHER']);
export const EXTRAORDINARY_CAUSES: ReadonlySet<Cause> = new Set(['CRISIS', 'REORGANISATION', 'SOLIDARITY_CONTRACT']);

export const isOrdinaryCause = (cause: Cause) => ORDINARY_CAUSES.has(cause);
export const isExtraordinaryCause = (cause: Cause) => EXTRAORDINARY_CAUSES.has(cause);
