// Regional indemnity of L.R. (Trentino-Alto Adige) 15 luglio 2009 n. 5, for periods up to
// 31 Dec 2010 (implementing regulation art. 1 c. 4; digest H-3).
import type { CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import { LR5_2009 as LR5_PARAMETERS } from '../parameters/regional/lr-5-2009';
import { SOURCES } from '../parameters/sources';
import type { RegimeDefinition } from './definition';

export const LR5_2009: RegimeDefinition = {
  id: 'LR5_2009',
  layer: 'REGIONAL',
  label: 'L.R. 5/2009 — indennità regionale',
  from: '2009-07-15' as CalendarDate,
  until: '2010-12-31' as CalendarDate,
  citation: cite(SOURCES.SEED3, 'art. 1 c. 4'),
  needs: [LR5_PARAMETERS],
};
