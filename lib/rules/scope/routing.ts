// Which instrument covers the request — d.lgs. 148/2015 art. 10 (CIGO), art. 20 (CIGS), art. 26-27
// (bilateral and alternative funds), art. 29 (FIS), art. 40 c. 3-4 (FSTN); D.I. 103593/2019
// art. 2 c. 1-6 (digest A-2…A-5, J-6, J-21).
import { cite } from '../core/citation';
import type { CalendarDate } from '../core/calendar-date';
import type { RuleContext } from '../context';
import { EMPLOYER_MIN_HEADCOUNT } from '../parameters/fstn/thresholds';
import { SOURCES } from '../parameters/sources';
import { isExtraordinaryCause, type BilateralFundCover, type Cause, type Instrument } from '../types';

export type RoutingEmployer = {
  inCigoScope: boolean;
  inCigsScope: boolean;
  bilateralFund: BilateralFundCover;
  optInDate?: CalendarDate | null;
  exitDate?: CalendarDate | null;
  companyHeadcount?: number | null;
};

export type RoutingInput = {
  employer: RoutingEmployer;
  cause: Cause;
  periodStart: CalendarDate;
  /** Null when the fund did not exist yet on that day. */
  parameterDate: CalendarDate | null;
  workforceTestPassed: boolean;
};

export type Routing = { instrument: Instrument; reason: string; whereToGo: string };

const WHERE: Record<Instrument, string> = {
  FSTN: 'Fondo di solidarietà del Trentino: domanda online a INPS (sede di Trento), "CIG e Fondi di solidarietà"',
  CIGO: 'Cassa integrazione guadagni ordinaria: domanda a INPS (art. 15 d.lgs. 148/2015)',
  CIGS: 'Cassa integrazione guadagni straordinaria: procedura presso il Ministero del lavoro (art. 25 d.lgs. 148/2015)',
  BILATERAL_ART26: 'Fondo di solidarietà bilaterale del settore (art. 26 d.lgs. 148/2015)',
  ALTERNATIVE_ART27: 'Fondo bilaterale alternativo (art. 27 d.lgs. 148/2015), ad esempio FSBA per l’artigianato',
  FIS: 'Fondo di integrazione salariale (FIS, art. 29 d.lgs. 148/2015): domanda a INPS',
  NONE: 'Nessuno strumento di integrazione salariale applicabile in base ai dati inseriti',
};

function route(instrument: Instrument, reason: string): Routing {
  return { instrument, reason, whereToGo: WHERE[instrument] };
}

export function routeRequest(input: RoutingInput, ctx: RuleContext): Routing {
  const { employer, periodStart } = input;
  const decided = decide(input, ctx);
  const citations = {
    FSTN: cite(SOURCES.D148, 'art. 40 c. 3'),
    CIGO: cite(SOURCES.D148, 'art. 10'),
    CIGS: cite(SOURCES.FIS_DI22, 'art. 6 c. 1', 'I'),
    BILATERAL_ART26: employer.exitDate && periodStart >= employer.exitDate ? cite(SOURCES.DI2019, 'art. 2 c. 5') : cite(SOURCES.D148, 'art. 26'),
    ALTERNATIVE_ART27: cite(SOURCES.D148, 'art. 27'),
    FIS: cite(SOURCES.FIS_DI22, 'art. 2', 'I'),
    NONE: cite(SOURCES.DI2019, 'art. 2 c. 1'),
  } as const;
  ctx.add('A-2', citations[decided.instrument], decided.instrument === 'FSTN' ? 'pass' : 'fail', decided.reason);
  return decided;
}

function decide(input: RoutingInput, ctx: RuleContext): Routing {
  const { employer, cause, periodStart, parameterDate } = input;
  if (!parameterDate) return route('NONE', 'Il periodo richiesto è anteriore all’istituzione del Fondo (agosto 2016)');
  if (employer.exitDate && periodStart >= employer.exitDate) {
    return route(
      'BILATERAL_ART26',
      `Dal ${employer.exitDate} il datore aderisce a un fondo bilaterale nazionale: il Fondo gestisce solo a stralcio le prestazioni già deliberate`,
    );
  }
  if (employer.inCigoScope) {
    return route('CIGO', 'Il datore rientra nel campo della CIGO (art. 10 d.lgs. 148/2015): il Fondo non si applica');
  }
  const min = ctx.use(EMPLOYER_MIN_HEADCOUNT, parameterDate);
  if (employer.companyHeadcount != null && employer.companyHeadcount < min) {
    return route('NONE', `Il Fondo copre i datori con almeno ${min} dipendente`);
  }
  const optedIn = !!employer.optInDate && periodStart >= employer.optInDate;
  if (employer.bilateralFund !== 'NONE' && !optedIn) {
    return route(
      employer.bilateralFund,
      employer.optInDate
        ? `L’adesione facoltativa al Fondo decorre dal ${employer.optInDate}: prima si applica il fondo di origine`
        : 'Il datore è coperto da un fondo bilaterale: può aderire al Fondo solo con adesione facoltativa (art. 40 c. 4)',
    );
  }
  if (!input.workforceTestPassed) {
    if (optedIn && employer.bilateralFund !== 'NONE') {
      return route(employer.bilateralFund, 'Senza il requisito del 75 % l’adesione facoltativa al Fondo non è possibile (art. 40 c. 4)');
    }
    ctx.warn({
      code: 'A-5',
      digest: 'A-5',
      status: 'I',
      message: 'Sotto il 75 % il datore esce dal Fondo per l’anno e, se fuori dalla CIGO e senza fondo bilaterale, rientra nel FIS',
      citation: cite(SOURCES.FIS_DI22, 'art. 2', 'I'),
    });
    return route('FIS', 'Meno del 75 % dei dipendenti in unità della Provincia di Trento nel mese di riferimento: si applica il FIS');
  }
  if (isExtraordinaryCause(cause) && employer.inCigsScope) {
    ctx.warnSetting('extraordinaryCausesInCigsScope');
    if (ctx.settings.extraordinaryCausesInCigsScope === 'ROUTE_TO_CIGS') {
      return route('CIGS', 'Datore nel campo della CIGS (art. 20): crisi, riorganizzazione e contratti di solidarietà vanno alla CIGS');
    }
  }
  return route('FSTN', 'Il datore è iscritto al Fondo di solidarietà del Trentino per il periodo richiesto');
}
