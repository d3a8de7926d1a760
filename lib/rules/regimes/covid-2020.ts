// COVID-19 causal: D.L. 17 marzo 2020 n. 18 art. 19, extended by D.L. 34/2020 and D.L. 104/2020
// (digest H-1). Periods from 23 Feb 2020 were covered retroactively; the decree applies from 17 Mar.
import type { CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import * as covid from '../parameters/national/covid';
import { SOURCES } from '../parameters/sources';
import type { RegimeDefinition } from './definition';

export const COVID_2020: RegimeDefinition = {
  id: 'COVID19_DL18',
  layer: 'COVID',
  label: 'Emergenza COVID-19 — D.L. 18/2020 art. 19',
  from: '2020-03-17' as CalendarDate,
  until: '2020-12-31' as CalendarDate,
  citation: cite(SOURCES.DL18, 'art. 19'),
  needs: [covid.COVID_CAUSAL_PERIOD, covid.COVID_MAX_WEEKS, covid.COVID_IN_SERVICE_BY, covid.COVID_APPLICATION_DEADLINE_MONTHS],
};
