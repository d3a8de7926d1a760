// Readings the digest marks as inferred [I] or unconfirmed [U] (§J): each is a setting with the
// digest's default. A result that depends on one lists it in `warnings` (simulate/warnings.ts).
import { cite, type Citation } from '../core/citation';
import { SOURCES } from './sources';

export type RuleSettings = {
  /** J-1: R2023 from its entry into force (2024-01-27) or from the GU publication (2024-01-12). */
  r2023Start: 'ENTRY_INTO_FORCE' | 'GU_PUBLICATION';
  /** J-3: hourly cap = monthly cap ÷ workable hours of the month, or ÷ a fixed CCNL divisor. */
  capDivisor: 'MONTH_WORKABLE_HOURS' | 'CCNL_DIVISOR';
  /** J-3: cap applied per hour (ragguaglio) or only as a monthly ceiling. */
  capMode: 'HOURLY_RAGGUAGLIO' | 'MONTHLY_ONLY';
  /** Divisor for capDivisor = CCNL_DIVISOR. */
  ccnlCapDivisor: string;
  /** C-2: fixed monthly pay → hourly pay divisor (the digest's worked examples use 173). */
  monthlyPayDivisor: string;
  /** Workable hours exclude national public holidays. */
  excludePublicHolidays: boolean;
  /** J-4: accept home workers and all apprentices for 2022–2023 periods (national-law reading). */
  homeWorkersAndApprenticesFrom2022: boolean;
  /** J-6: employers in CIGS scope (art. 20) go to CIGS for crisis, reorganisation and CDS. */
  extraordinaryCausesInCigsScope: 'ROUTE_TO_CIGS' | 'FSTN';
  /** J-8: a request longer than the residual capacity is trimmed (and warned) or refused. */
  overCapacity: 'TRIM' | 'REFUSE';
  /** J-10: optional per-request maximum for C3 ordinary causes (null = none). */
  c3MaxWeeksPerRequest: number | null;
  /** J-11: R2019 periods count in the R2023 windows. */
  countR2019Periods: boolean;
  /** D-6: windows of calendar years, or the INPS 104-week variant for the biennium. */
  windowBasis: 'CALENDAR_YEARS' | 'WEEKS_104';
  /** D-3: C3 solidarity contract up to 36 months under art. 22 c. 5 (no building firms in the FSTN). */
  cdsArt22c5: boolean;
  /** J-16: a late application pays only from one week before filing, or is refused. */
  lateFiling: 'FROM_ONE_WEEK_BEFORE' | 'REFUSE';
  /** B-2: a part-time residual of exactly one half or less is dropped, or fractions are kept. */
  partTimeResidual: 'DROP_HALF_OR_LESS' | 'KEEP_FRACTIONS';
  /** J-20: run the art. 4 overall check (24 months per unit in the quinquennium). */
  art4: boolean;
};

export const DEFAULT_SETTINGS: Readonly<RuleSettings> = Object.freeze({
  r2023Start: 'ENTRY_INTO_FORCE',
  capDivisor: 'MONTH_WORKABLE_HOURS',
  capMode: 'HOURLY_RAGGUAGLIO',
  ccnlCapDivisor: '173',
  monthlyPayDivisor: '173',
  excludePublicHolidays: true,
  homeWorkersAndApprenticesFrom2022: false,
  extraordinaryCausesInCigsScope: 'ROUTE_TO_CIGS',
  overCapacity: 'TRIM',
  c3MaxWeeksPerRequest: null,
  countR2019Periods: true,
  windowBasis: 'CALENDAR_YEARS',
  cdsArt22c5: true,
  lateFiling: 'FROM_ONE_WEEK_BEFORE',
  partTimeResidual: 'DROP_HALF_OR_LESS',
  art4: true,
});

export function resolveSettings(partial?: Partial<RuleSettings>): RuleSettings {
  return { ...DEFAULT_SETTINGS, ...(partial ?? {}) };
}

export type SettingInfo = { digest: string; citation: Citation; description: string };

export const SETTING_INFO: Record<keyof RuleSettings, SettingInfo> = {
  r2023Start: {
    digest: 'J-1',
    citation: cite(SOURCES.DI2023, undefined, 'S'),
    description: 'Regime 2023 applicato ai periodi che iniziano dal 27/01/2024 (alternativa: 12/01/2024)',
  },
  capDivisor: {
    digest: 'J-3',
    citation: cite(SOURCES.PMI20, undefined, 'U'),
    description: 'Massimale orario = massimale mensile ÷ ore lavorabili del mese secondo l’orario del lavoratore',
  },
  capMode: {
    digest: 'J-3',
    citation: cite(SOURCES.PMI20, undefined, 'U'),
    description: 'Massimale ragguagliato a ora (non solo tetto mensile)',
  },
  ccnlCapDivisor: { digest: 'J-3', citation: cite(SOURCES.PMI20, undefined, 'U'), description: 'Divisore contrattuale del massimale' },
  monthlyPayDivisor: {
    digest: 'C-2',
    citation: cite(SOURCES.D148, 'art. 3 c. 2', 'I'),
    description: 'Retribuzione mensile convertita in oraria con divisore 173 salvo divisore contrattuale del lavoratore',
  },
  excludePublicHolidays: {
    digest: 'J-3',
    citation: cite(SOURCES.PMI20, undefined, 'I'),
    description: 'Ore lavorabili del mese al netto delle festività nazionali (esclusi i patroni)',
  },
  homeWorkersAndApprenticesFrom2022: {
    digest: 'J-4',
    citation: cite(SOURCES.C18_22, undefined, 'I'),
    description: 'Lavoratori a domicilio e apprendisti non professionalizzanti coperti dal Fondo solo dal regime 2023',
  },
  extraordinaryCausesInCigsScope: {
    digest: 'J-6',
    citation: cite(SOURCES.FIS_DI22, 'art. 6 c. 1', 'I'),
    description: 'Datori nel campo CIGS (art. 20): causali straordinarie alla CIGS, solo ordinarie al Fondo',
  },
  overCapacity: {
    digest: 'J-8',
    citation: cite(SOURCES.DIGEST, 'J-8', 'I'),
    description: 'Domanda oltre la capienza residua ridotta alla capienza (con avviso)',
  },
  c3MaxWeeksPerRequest: {
    digest: 'J-10',
    citation: cite(SOURCES.C112, undefined, 'I'),
    description: 'Nessun massimo per domanda per la classe C3 (solo le 52 settimane nel biennio)',
  },
  countR2019Periods: {
    digest: 'J-11',
    citation: cite(SOURCES.MIN17_17, undefined, 'I'),
    description: 'I periodi del regime 2019 si contano nelle finestre del regime 2023',
  },
  windowBasis: {
    digest: 'D-6',
    citation: cite(SOURCES.MIN17_17, undefined, 'I'),
    description: 'Biennio e quinquennio come anni di calendario a ritroso dall’ultimo giorno richiesto',
  },
  cdsArt22c5: {
    digest: 'D-3',
    citation: cite(SOURCES.D148, 'art. 22 c. 5', 'I'),
    description: 'Contratto di solidarietà C3 fino a 36 mesi (art. 22 c. 5), entro il limite complessivo dell’art. 4',
  },
  lateFiling: {
    digest: 'J-16',
    citation: cite(SOURCES.D148, 'art. 15 c. 3-4', 'I'),
    description: 'Domanda tardiva: assegno solo dalla settimana precedente la presentazione; il datore paga la differenza',
  },
  partTimeResidual: {
    digest: 'B-2',
    citation: cite(SOURCES.BUSSOLA, undefined, 'U'),
    description: 'Frazione residua di part-time pari o inferiore a metà unità non computata',
  },
  art4: {
    digest: 'J-20',
    citation: cite(SOURCES.D148, 'art. 30 c. 1', 'I'),
    description: 'Limite complessivo di 24 mesi nel quinquennio (art. 4) applicato al Fondo',
  },
};
