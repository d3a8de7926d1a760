// Which rolling windows bind a request, by regime, size class and cause.
// R2023 — INPS circ. 112/2025 (digest D-1…D-3, J-9, J-24): C1/C2 pool ordinary and extraordinary
//   causes in 52 weeks per biennium, CDS apart (24 months = 104 weeks in the biennium, J-9);
//   C3: 52 ordinary weeks per biennium, crisis 12 / reorganisation 24 / CDS 24 (36, art. 22 c. 5)
//   months per quinquennium.
// R2019 — D.I. 103593/2019 art. 6 c. 2-3: 26 weeks per biennium, raised to 52 for the CDS.
// R2016 — 26 weeks in two years [S].
// Every regime — art. 4 c. 1 d.lgs. 148/2015 via art. 30 c. 1: 24 months per unit per quinquennium.
import { cite, type Citation } from '../core/citation';
import type { CalendarDate } from '../core/calendar-date';
import { dec, type Dec } from '../core/money';
import type { RuleContext } from '../context';
import { CDS_MAX, CIGS_CRISIS_MAX, CIGS_REORG_MAX, MAX_WEEKS_BIENNIO, MAX_WEEKS_BIENNIO_CDS } from '../parameters/fstn/durations';
import { SOURCES } from '../parameters/sources';
import type { FstnRegimeId } from '../regimes/select-regime';
import { isOrdinaryCause, type Cause, type SizeClass } from '../types';
import { WINDOW_LABELS } from './window-labels';

export type WindowKey = 'BIENNIO_POOL' | 'CDS' | 'CRISIS_QUINQUENNIO' | 'REORG_QUINQUENNIO' | 'ART4_QUINQUENNIO';

export type WindowSpec = {
  key: WindowKey;
  unit: 'weeks' | 'months';
  span: 'BIENNIO' | 'QUINQUENNIO';
  limit: Dec;
  counts: (cause: Cause) => boolean;
  citation: Citation;
  label: string;
};

const all = () => true;
const only = (c: Cause) => (cause: Cause) => cause === c;
const notCds = (cause: Cause) => cause !== 'SOLIDARITY_CONTRACT';

/** Which ledger causes a window counts (the same predicates windowSpecs uses), for displays. */
export function windowCounts(key: WindowKey, sizeClass: SizeClass | null, regimeId: FstnRegimeId = 'R2023'): (cause: Cause) => boolean {
  if (key === 'ART4_QUINQUENNIO') return all;
  if (key === 'CDS') return only('SOLIDARITY_CONTRACT');
  if (key === 'CRISIS_QUINQUENNIO') return only('CRISIS');
  if (key === 'REORG_QUINQUENNIO') return only('REORGANISATION');
  if (regimeId !== 'R2023') return all;
  return (sizeClass ?? 'C1') !== 'C3' ? notCds : (c: Cause) => isOrdinaryCause(c) || c === 'COVID19';
}

export function windowSpecs(
  input: { regimeId: FstnRegimeId; sizeClass: SizeClass | null; cause: Cause; parameterDate: CalendarDate },
  ctx: RuleContext,
): WindowSpec[] {
  const { regimeId, cause, parameterDate } = input;
  if (regimeId !== 'R2023') {
    const pool = ctx.cited(MAX_WEEKS_BIENNIO, parameterDate);
    const cds = cause === 'SOLIDARITY_CONTRACT' && regimeId === 'R2019' ? ctx.cited(MAX_WEEKS_BIENNIO_CDS, parameterDate) : null;
    return [
      {
        key: 'BIENNIO_POOL',
        unit: 'weeks',
        span: 'BIENNIO',
        limit: dec(cds ? cds.value : pool.value.C1),
        counts: all,
        citation: cds ? cds.citation : pool.citation,
        label: cds ? WINDOW_LABELS.BIENNIO_CDS : WINDOW_LABELS.BIENNIO,
      },
    ];
  }
  const sizeClass = input.sizeClass ?? 'C1';
  const small = sizeClass !== 'C3';
  if (cause === 'SOLIDARITY_CONTRACT') {
    const cds = ctx.cited(CDS_MAX, parameterDate);
    if (small) {
      ctx.warn({
        code: 'J-9',
        digest: 'J-9',
        status: 'I',
        message: 'Contratto di solidarietà C1/C2: limite di 24 mesi (104 settimane) nel biennio mobile, separato dalle 52 settimane',
        citation: cite(SOURCES.C112, undefined, 'I'),
      });
      return [
        { key: 'CDS', unit: 'weeks', span: 'BIENNIO', limit: dec(cds.value[sizeClass]).times(52).div(12), counts: only(cause), citation: cds.citation, label: WINDOW_LABELS.CDS_BIENNIO },
      ];
    }
    if (ctx.settings.cdsArt22c5) ctx.warnSetting('cdsArt22c5');
    const months = ctx.settings.cdsArt22c5 ? cds.value.C3_ART22_C5 : cds.value.C3;
    return [
      { key: 'CDS', unit: 'months', span: 'QUINQUENNIO', limit: dec(months), counts: only(cause), citation: cds.citation, label: WINDOW_LABELS.CDS_QUINQUENNIO },
    ];
  }
  if (!small && cause === 'CRISIS') {
    const crisis = ctx.cited(CIGS_CRISIS_MAX, parameterDate);
    return [{ key: 'CRISIS_QUINQUENNIO', unit: 'months', span: 'QUINQUENNIO', limit: dec(crisis.value), counts: only(cause), citation: crisis.citation, label: WINDOW_LABELS.CRISIS_QUINQUENNIO }];
  }
  if (!small && cause === 'REORGANISATION') {
    const reorg = ctx.cited(CIGS_REORG_MAX, parameterDate);
    return [{ key: 'REORG_QUINQUENNIO', unit: 'months', span: 'QUINQUENNIO', limit: dec(reorg.value), counts: only(cause), citation: reorg.citation, label: WINDOW_LABELS.REORG_QUINQUENNIO }];
  }
  const pool = ctx.cited(MAX_WEEKS_BIENNIO, parameterDate);
  return [
    {
      key: 'BIENNIO_POOL',
      unit: 'weeks',
      span: 'BIENNIO',
      limit: dec(pool.value[sizeClass]),
      counts: small ? notCds : (c: Cause) => isOrdinaryCause(c) || c === 'COVID19',
      citation: pool.citation,
      label: small ? WINDOW_LABELS.BIENNIO_ORD_STRA : WINDOW_LABELS.BIENNIO_ORD,
    },
  ];
}
