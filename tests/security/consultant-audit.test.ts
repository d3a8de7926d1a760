// "Every action by a consultant is audited with both identities" (issue 5 §1), for every action
// there is: each action the authorisation matrix allows a delegated consultant (`con`) is called
// as that consultant with the matrix's own valid input, and each audit event it writes must name
// the consultant as actor and a company as the one acted for. A state-changing action that writes
// no audit event fails too. New actions are covered without editing this file.
import { vi } from 'vitest';

vi.hoisted(() => {
  process.env.MAIL_DIR = `${process.env.TMPDIR ?? '/tmp'}/fstn-mail-consultant-audit-${process.pid}-${Date.now()}`;
});
vi.mock('next-intl/server', () => ({
  getLocale: async () => 'it',
  getTranslations: async () => (key: string) => key,
}));

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { actionNames } from '@/lib/server/actions/define-action';
import { actAs } from '../setup/actor';
import { ACTIONS } from './authorization-matrix';
import { ACTION_CALLS } from './support/calls';
import { ROOT, scanSources } from './support/discover';
import { ACTORS, createWorld, type World } from './support/world';

/** Actions that change only the caller's own settings: nothing is done for a company. */
const PERSONAL = new Set(['reminders.muteAll']);
/** The matrix calls some actions in a mode that changes nothing; here they must really act. */
const ACTING_INPUT: Record<string, (input: Record<string, unknown>) => Record<string, unknown>> = {
  'worker.import': (input) => ({ ...input, confirm: 'on' }), // the import itself, not its preview
};

type AnyFunction = (input: unknown) => Promise<unknown>;
const byName = new Map<string, AnyFunction>();
for (const file of scanSources().actionModules) {
  const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
  for (const value of Object.values(mod)) {
    const name = typeof value === 'function' ? actionNames.get(value) : undefined;
    if (name) byName.set(name, value as AnyFunction);
  }
}

const consultantColumn = ACTORS.indexOf('consultant');
const allowed = Object.entries(ACTIONS)
  .filter(([, row]) => row.trim().split(/\s+/)[consultantColumn] === 'A')
  .map(([name]) => name)
  .sort();

let world: World;
beforeAll(async () => {
  world = await createWorld(prisma);
});
afterAll(() => actAs(null));

describe('every action a delegated consultant may call is audited with both identities', () => {
  it('finds the consultant’s actions in the matrix', () => {
    expect(allowed.length).toBeGreaterThan(10);
    expect(allowed).toEqual(expect.arrayContaining(['request.file', 'worker.import', 'delegation.accept', 'import.commit']));
  });

  it.each(allowed)('%s', async (name) => {
    const consultant = world.users.consultant!;
    actAs(null);
    const matrixInput = await ACTION_CALLS[name]!(world, 'consultant');
    const input = ACTING_INPUT[name]?.(matrixInput) ?? matrixInput;
    const before = (await prisma.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    actAs(consultant);
    let outcome: unknown;
    try {
      outcome = await byName.get(name)!(input);
    } catch (error) {
      // A redirect after success (Post/Redirect/Get) is a success.
      const digest = (error as { digest?: string }).digest ?? '';
      if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    } finally {
      actAs(null);
    }
    if (outcome !== undefined) {
      expect((outcome as { status?: string }).status, JSON.stringify(outcome)).toBe('success');
      // Success of the call, and of the work: imports report ok:false for refused files.
      expect((outcome as { data?: { ok?: boolean } }).data?.ok, JSON.stringify(outcome)).not.toBe(false);
    }
    const events = await prisma.auditEvent.findMany({ where: { id: { gt: before }, actorUserId: consultant.id }, select: { action: true, onBehalfOfEmployerId: true } });
    expect(events.length, `${name} wrote no audit event (${JSON.stringify(outcome)})`).toBeGreaterThan(0);
    for (const e of events) {
      if (PERSONAL.has(name)) continue;
      expect(e.onBehalfOfEmployerId, `${name} → ${e.action} does not name the company acted for`).not.toBeNull();
    }
  });
});
