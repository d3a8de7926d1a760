// Digest G-1 (union procedure), G-2 (filing window, J-16), G-5 (direct payment), G-6 (conguaglio).
import { describe, expect, it } from 'vitest';
import { conguaglioDeadline } from '@/lib/rules/procedure/conguaglio';
import { directPayment } from '@/lib/rules/procedure/direct-payment';
import { filingWindow } from '@/lib/rules/procedure/filing-window';
import { holidaysFirst } from '@/lib/rules/procedure/holidays-first';
import { unionProcedure, type UnionProcedureInput } from '@/lib/rules/procedure/union-procedure';
import { ctx, d, type Case } from './support';

const filingCases: Case<{ applicationDate: string }, { status: string; benefitFrom: string | null }>[] = [
  { name: 'T36 a suspension starting Mon 10 Mar 2025 cannot be filed on 7 Feb 2025 (too early)', asOf: '2025-02-07', input: { applicationDate: '2025-02-07' }, expected: { status: 'TOO_EARLY', benefitFrom: null }, source: 'digest §I T36; D.Lgs. 148/2015 art. 30 c. 2' },
  { name: 'T36 filing on 8 Feb 2025, 30 days before, is in time', asOf: '2025-02-08', input: { applicationDate: '2025-02-08' }, expected: { status: 'IN_TIME', benefitFrom: '2025-03-10' }, source: 'digest §I T36' },
  { name: 'T36 filing on 25 Mar 2025, 15 days after the start, is in time', asOf: '2025-03-25', input: { applicationDate: '2025-03-25' }, expected: { status: 'IN_TIME', benefitFrom: '2025-03-10' }, source: 'digest §I T36' },
  { name: 'T36 filing on 26 Mar 2025 is late: AIS from 19 Mar, one week before filing', asOf: '2025-03-26', input: { applicationDate: '2025-03-26' }, expected: { status: 'LATE', benefitFrom: '2025-03-19' }, source: 'digest §I T36; J-16' },
  { name: 'T37 filing late on 2 Apr 2025: AIS only from 26 Mar 2025', asOf: '2025-04-02', input: { applicationDate: '2025-04-02' }, expected: { status: 'LATE', benefitFrom: '2025-03-26' }, source: 'digest §I T37; J-16; D.Lgs. 148/2015 art. 15 c. 3-4 by analogy' },
];

describe('filing window (G-2)', () => {
  it.each(filingCases)('$name', ({ input, expected }) => {
    const result = filingWindow({ periodStart: d('2025-03-10'), periodEnd: d('2025-05-31'), applicationDate: d(input.applicationDate) }, ctx());
    expect({ status: result.status, benefitFrom: result.benefitFrom }).toEqual(expected);
    expect([result.earliest, result.latest]).toEqual(['2025-02-08', '2025-03-25']);
  });

  it('T37 after the late filing of 2 Apr 2025 the employer owes the workers the equivalent for 10–25 Mar', () => {
    const result = filingWindow({ periodStart: d('2025-03-10'), periodEnd: d('2025-05-31'), applicationDate: d('2025-04-02') }, ctx());
    expect(result.employerOwes).toEqual({ from: '2025-03-10', to: '2025-03-25' });
  });

  it('with the "refuse" setting a late application gets nothing', () => {
    const result = filingWindow({ periodStart: d('2025-03-10'), periodEnd: d('2025-05-31'), applicationDate: d('2025-04-02') }, ctx({ settings: { lateFiling: 'REFUSE' } }));
    expect(result.benefitFrom).toBeNull();
  });

  it('a late application after the whole period has ended pays nothing', () => {
    const result = filingWindow({ periodStart: d('2025-03-10'), periodEnd: d('2025-03-14'), applicationDate: d('2025-04-02') }, ctx());
    expect(result).toMatchObject({ status: 'LATE', benefitFrom: null, employerOwes: { from: '2025-03-10', to: '2025-03-14' } });
  });
});

describe('filing window at the Fund’s start-up (D-8, G-4)', () => {
  it('for an event of 10 Oct 2016 the 15 days ran from 24 Jan 2017, when filing opened: last day 8 Feb 2017', () => {
    const c = ctx();
    const result = filingWindow({ periodStart: d('2016-10-10'), periodEnd: d('2016-12-31'), applicationDate: d('2017-02-08') }, c);
    expect(result).toMatchObject({ latest: '2017-02-08', status: 'IN_TIME', benefitFrom: '2016-10-10' });
    expect(c.trace.map((s) => s.rule)).toContain('G-4');
  });
  it('filing on 9 Feb 2017 for that event was late', () => {
    expect(filingWindow({ periodStart: d('2016-10-10'), periodEnd: d('2016-12-31'), applicationDate: d('2017-02-09') }, ctx()).status).toBe('LATE');
  });
  it('an event of 24 Jan 2017 still benefits; one of 25 Jan 2017 follows the ordinary 15 days (last day 9 Feb 2017)', () => {
    expect(filingWindow({ periodStart: d('2017-01-24'), periodEnd: d('2017-03-31'), applicationDate: d('2017-02-08') }, ctx()).latest).toBe('2017-02-08');
    expect(filingWindow({ periodStart: d('2017-01-25'), periodEnd: d('2017-03-31'), applicationDate: d('2017-02-08') }, ctx()).latest).toBe('2017-02-09');
  });
  it('an event of 26 Sep 2016, before the Committee was appointed, has the ordinary terms (last day 11 Oct 2016)', () => {
    expect(filingWindow({ periodStart: d('2016-09-26'), periodEnd: d('2016-10-31'), applicationDate: d('2016-10-01') }, ctx()).latest).toBe('2016-10-11');
  });
});

describe('prior use of holidays (G-7, J-17)', () => {
  it('under R2019 accrued holidays had to be used first (art. 6 c. 10): a warning step, never a block', () => {
    const c = ctx();
    expect(holidaysFirst({ parameterDate: d('2023-03-01') }, c).required).toBe(true);
    expect(c.trace.at(-1)).toMatchObject({ rule: 'G-7', outcome: 'warn' });
  });
  it('under R2023 it is not required by default, and the reading is flagged as unconfirmed (J-17)', () => {
    const c = ctx();
    expect(holidaysFirst({ parameterDate: d('2025-03-01') }, c).required).toBe(false);
    expect(c.warnings.map((w) => w.code)).toContain('PARAM:HOLIDAYS_FIRST_REQUIRED');
  });
});

const union = (over: Partial<UnionProcedureInput>) =>
  unionProcedure({ cause: 'ORDINARY_MARKET', applicationDate: d('2025-03-20'), unionCommunicationDate: d('2025-03-03'), ...over }, ctx());

describe('union information and consultation (G-1)', () => {
  it('T38 a company with 40 employees communicating on 3 Mar 2025 must end the procedure by 13 Mar 2025 (10 days)', () => {
    expect(union({ companyHeadcount: 40 }).endsBy).toBe('2025-03-13');
  });
  it('T38 with 60 employees the procedure ends by 28 Mar 2025 (25 days)', () => {
    expect(union({ companyHeadcount: 60 }).endsBy).toBe('2025-03-28');
  });
  it('exactly 50 employees is still the short procedure ("fino a 50")', () => {
    expect(union({ companyHeadcount: 50 }).endsBy).toBe('2025-03-13');
  });
  it('T39 unavoidable event with a 20 h/week reduction, communication 3 Mar, joint-exam request 5 Mar: in time, ends by 10 Mar 2025', () => {
    const result = union({ unavoidableEvent: true, weeklyReductionHours: '20', jointExamRequestDate: d('2025-03-05') });
    expect(result).toMatchObject({ kind: 'UNAVOIDABLE_EVENT', jointExamRequired: true, jointExamRequestBy: '2025-03-06', jointExamRequestInTime: true, endsBy: '2025-03-10', outcome: 'pass' });
  });
  it('a joint-exam request on the 4th day after the communication is late', () => {
    const result = union({ unavoidableEvent: true, weeklyReductionHours: '20', jointExamRequestDate: d('2025-03-07') });
    expect(result).toMatchObject({ jointExamRequestInTime: false, outcome: 'fail' });
  });
  it('T40 unavoidable event with a 12 h/week reduction: communication only, no joint examination', () => {
    expect(union({ unavoidableEvent: true, weeklyReductionHours: '12' })).toMatchObject({ jointExamRequired: false, endsBy: null });
  });
  it('exactly 16 h/week does not exceed the threshold', () => {
    expect(union({ unavoidableEvent: true, weeklyReductionHours: '16' }).jointExamRequired).toBe(false);
  });
  it('extraordinary causes follow the CIGS procedure: joint examination within 3 days', () => {
    expect(union({ cause: 'CRISIS', companyHeadcount: 20 })).toMatchObject({ kind: 'EXTRAORDINARY', jointExamRequestBy: '2025-03-06', endsBy: '2025-03-13' });
  });
  it('a solidarity contract without a company agreement blocks the request', () => {
    expect(union({ cause: 'SOLIDARITY_CONTRACT' }).outcome).toBe('fail');
    expect(union({ cause: 'SOLIDARITY_CONTRACT', agreementDate: d('2025-03-15') }).outcome).toBe('pass');
  });
  it('a communication after the application blocks it; a missing one is a warning (still to be done)', () => {
    expect(union({ unionCommunicationDate: d('2025-03-21') }).outcome).toBe('fail');
    expect(union({ unionCommunicationDate: null }).outcome).toBe('warn');
  });
});

describe('offset deadline (G-6)', () => {
  it('T41 authorised 1 Mar–31 May 2025, authorisation dated 20 Jun 2025: offset by 20 Dec 2025', () => {
    expect(conguaglioDeadline({ authorisedEnd: d('2025-05-31'), authorisationDate: d('2025-06-20') }, ctx()).deadline).toBe('2025-12-20');
  });
  it('T41 with the authorisation dated 10 May 2025: 31 May + 6 months = 30 Nov 2025', () => {
    expect(conguaglioDeadline({ authorisedEnd: d('2025-05-31'), authorisationDate: d('2025-05-10') }, ctx()).deadline).toBe('2025-11-30');
  });
  it('a period ending mid-month runs from the end of that pay period (15 May → 31 May → 30 Nov)', () => {
    expect(conguaglioDeadline({ authorisedEnd: d('2025-05-15') }, ctx()).deadline).toBe('2025-11-30');
  });
});

describe('direct payment (G-5)', () => {
  it('T43 a direct-payment request by an employer in ordinary financial conditions is refused', () => {
    expect(directPayment({ paymentMode: 'DIRECT', grounds: [], periodEnd: d('2025-05-31') }, ctx()).admissible).toBe(false);
  });
  it('insolvency allows it, subject to the Committee, with SR41 data by the end of the 2nd following month', () => {
    expect(directPayment({ paymentMode: 'DIRECT', grounds: ['INSOLVENCY'], periodEnd: d('2025-05-31') }, ctx())).toMatchObject({
      admissible: true,
      needsCommitteeAuthorisation: true,
      sr41By: '2025-07-31',
    });
  });
  it('payment by conguaglio needs no authorisation', () => {
    expect(directPayment({ paymentMode: 'CONGUAGLIO', periodEnd: d('2025-05-31') }, ctx()).requested).toBe(false);
  });
});
