import { describe, expect, it } from 'vitest';
import { simulate } from '@/lib/rules';
import { baseScenario } from '@/tests/rules/support';
import { diffResults } from './reevaluation';

describe('re-evaluation differences', () => {
  it('the same inputs evaluated twice show no difference', () => {
    const s = baseScenario();
    expect(diffResults(simulate(s), simulate(structuredClone(s))).same).toBe(true);
  });

  it('a worker who no longer has 30 days at the unit (F-4) shows as ineligible, with the amounts and the trace that changed', () => {
    const before = simulate(baseScenario());
    const changed = baseScenario();
    changed.workers[0]!.effectiveDaysAtUnit = 29;
    const after = simulate(changed);
    const diff = diffResults(before, after);
    expect(diff.same).toBe(false);
    expect(diff.workers).toEqual([expect.objectContaining({ id: 'w1', eligible: { before: true, after: false }, gross: { before: before.workers[0]!.totals.gross, after: '0.00' } })]);
    const fields = diff.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['eligible', 'workersEligible', 'gross', 'net']));
    expect(diff.trace.some((t) => t.rule === 'F-1' && t.kind === 'changed' && t.before?.outcome === 'pass' && t.after?.outcome === 'fail')).toBe(true);
  });

  it('equal amounts written differently ("7" and "7.00") are not a difference', () => {
    const before = simulate(baseScenario());
    const after = structuredClone(before);
    after.weeksGranted = `${after.weeksGranted}.00`;
    expect(diffResults(before, after).same).toBe(true);
  });
});
