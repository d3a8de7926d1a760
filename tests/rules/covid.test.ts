// Digest H-1 (COVID-19 causal of D.L. 18/2020), D-8.
import { describe, expect, it } from 'vitest';
import { covidApplicationDeadline, covidMaxWeeks, covidWorkerCovered } from '@/lib/rules/national/covid-2020';
import { ctx, d } from './support';

describe('COVID-19 causal (D.L. 18/2020 art. 19)', () => {
  it('T44 for a suspension that began on 16 Mar 2020 the application deadline is 31 Jul 2020', () => {
    expect(covidApplicationDeadline(d('2020-03-16'), ctx())).toBe('2020-07-31');
  });
  it('a suspension starting on 23 Feb 2020 had until 30 Jun 2020', () => {
    expect(covidApplicationDeadline(d('2020-02-23'), ctx())).toBe('2020-06-30');
  });
  it('T45 a firm outside Lombardia, Emilia-Romagna and Veneto had at most 9 weeks', () => {
    expect(covidMaxWeeks({ asOf: d('2020-04-01'), inLombardiaEmiliaVeneto: false }, ctx())).toBe(9);
  });
  it('T45 a firm inside those regions had at most 13 weeks', () => {
    expect(covidMaxWeeks({ asOf: d('2020-04-01'), inLombardiaEmiliaVeneto: true }, ctx())).toBe(13);
  });
  it('T46 a worker hired on 24 Feb 2020 was not covered under D.L. 18/2020 (in service on 23 Feb 2020)', () => {
    expect(covidWorkerCovered({ hireDate: d('2020-02-24'), asOf: d('2020-04-01') }, ctx())).toBe(false);
  });
  it('T46 the same worker is covered after D.L. 34/2020 (hired by 25 Mar 2020)', () => {
    expect(covidWorkerCovered({ hireDate: d('2020-02-24'), asOf: d('2020-06-01') }, ctx())).toBe(true);
    expect(covidWorkerCovered({ hireDate: d('2020-03-26'), asOf: d('2020-06-01') }, ctx())).toBe(false);
  });
});
