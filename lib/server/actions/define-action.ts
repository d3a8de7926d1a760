import 'server-only';
import { cookies } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { defaultLocale, isLocale, localeCookie, type Locale } from '@/lib/i18n/config';
import { cleanInput } from '@/lib/schemas/clean-text';
import { localizeZodError, type FieldErrors } from '@/lib/schemas/errors';
import { translateValidationMessage } from '@/lib/schemas/messages';
import { AccessDeniedError, requireEmployerAccess, requireUser, type EmployerAccess, type EmployerAccessMode } from '@/lib/server/auth/guards';
import type { CurrentUser } from '@/lib/server/auth/session';
import type { AppRole } from '@/lib/server/auth/types';
import { DomainError } from '@/lib/server/errors';
import { markFormErrors } from '@/lib/server/form-error-title';
import { logError } from '@/lib/server/log';
import { consumeRateLimit, type RateLimitRule } from '@/lib/server/rate-limit';
import { formDataToObject } from '@/lib/forms/form-data';

export type ActionResult<T> =
  | { status: 'success'; data: T }
  | {
      status: 'error';
      code: 'VALIDATION' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DOMAIN';
      fieldErrors: FieldErrors;
      formErrors: string[];
      /** What a form posted (files and passwords left out), so a page re-rendered without JavaScript refills the boxes. */
      values?: Record<string, unknown>;
    };

export type ActionContext = { user: CurrentUser; locale: Locale; access?: EmployerAccess };

type Definition<S extends z.ZodType, R> = {
  /** Stable name, e.g. `company.create`: the authorisation matrix test lists every one. */
  name: string;
  input: S;
  /** Roles allowed to call it at all. Employer rights are checked separately below. */
  roles: readonly AppRole[];
  /** When the action touches an employer's data: which employer, and read or write. */
  employer?: { id: (input: z.output<S>) => string; mode: EmployerAccessMode };
  run: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
  /**
   * An abuse limit per user (Postgres-backed, shared by every instance), counted once the caller
   * and the input have been accepted; over it the action answers with a form error.
   */
  rateLimit?: RateLimitRule;
};

export type ActionMeta = {
  name: string;
  roles: readonly AppRole[];
  employerMode?: EmployerAccessMode;
  rateLimit?: RateLimitRule;
  /** The input schema (the fuzz suite checks that what it refuses is answered as a validation error). */
  input: z.ZodType;
};
/** Every action defined in this process, for the authorisation matrix test. */
export const actionRegistry = new Map<string, ActionMeta>();
/** The registry name of each function defineAction returned (the matrix test maps a module's exports to it). */
export const actionNames = new WeakMap<object, string>();

async function requestLocale(user?: CurrentUser): Promise<Locale> {
  const fromCookie = (await cookies()).get(localeCookie)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return isLocale(user?.locale) ? user.locale : defaultLocale;
}

type ErrorCode = Extract<ActionResult<unknown>, { status: 'error' }>['code'];

function failure(code: ErrorCode, formErrors: string[], fieldErrors: FieldErrors = {}) {
  return { status: 'error' as const, code, fieldErrors, formErrors };
}

/** The posted fields worth sending back to the form: text only (no files), never a password. */
function typedValues(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return /password/i.test(key) ? undefined : value;
  if (Array.isArray(value)) return value.map((v) => typedValues(v, key));
  if (value && typeof value === 'object' && !(value instanceof Blob)) {
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (/password/i.test(k) ? [] : [[k, typedValues(v, k)]])));
  }
  return undefined;
}

/**
 * The one wrapper every server action goes through (style.md §6): parse with zod, require a
 * session and a role, check the caller's right to *that* employer, run, and return a typed
 * result with every field error translated. Only unexpected faults throw.
 * Callable with a plain object (react-hook-form) or as `useActionState(action)` with FormData.
 */
export function defineAction<S extends z.ZodType, R>(def: Definition<S, R>) {
  actionRegistry.set(def.name, { name: def.name, roles: def.roles, employerMode: def.employer?.mode, rateLimit: def.rateLimit, input: def.input });

  async function action(first: unknown, second?: unknown): Promise<ActionResult<R>> {
    const result = await perform(first, second);
    // A page re-rendered without JavaScript after this post says "Errore: " in its title.
    if (result.status === 'error') await markFormErrors();
    return result;
  }

  async function perform(first: unknown, second?: unknown): Promise<ActionResult<R>> {
    // Every string is cleaned before validation (lib/schemas/clean-text.ts: no control, bidi or
    // zero-width characters, NFC), so what is validated is what is stored.
    const raw = cleanInput(second instanceof FormData ? formDataToObject(second) : first instanceof FormData ? formDataToObject(first) : first);
    const posted = second instanceof FormData || first instanceof FormData ? (typedValues(raw) as Record<string, unknown>) : undefined;
    const refill = <F extends ReturnType<typeof failure>>(f: F) => (posted ? { ...f, values: posted } : f);
    let user: CurrentUser;
    try {
      user = await requireUser();
    } catch {
      const locale = await requestLocale();
      return failure('UNAUTHENTICATED', [translateValidationMessage('auth.session.required', locale)]);
    }
    const locale = await requestLocale(user);
    if (!def.roles.includes(user.role)) return failure('FORBIDDEN', [translateValidationMessage('auth.forbidden', locale)]);

    const parsed = def.input.safeParse(raw);
    if (!parsed.success) {
      const { fieldErrors, formErrors } = localizeZodError(parsed.error, locale);
      return refill(failure('VALIDATION', formErrors, fieldErrors));
    }
    try {
      const access = def.employer ? await requireEmployerAccess(def.employer.id(parsed.data), def.employer.mode) : undefined;
      if (def.rateLimit && !(await consumeRateLimit(def.rateLimit, user.id)).allowed) {
        return failure('DOMAIN', [translateValidationMessage('common.rateLimited', locale)]);
      }
      const data = await def.run(parsed.data, { user, locale, access });
      return { status: 'success', data };
    } catch (error) {
      unstable_rethrow(error); // let redirect()/notFound() through
      if (error instanceof AccessDeniedError) {
        return failure(error.reason, [translateValidationMessage(error.reason === 'UNAUTHENTICATED' ? 'auth.session.required' : 'auth.forbidden', locale)]);
      }
      if (error instanceof DomainError) {
        const text = translateValidationMessage(error.messageKey, locale);
        return refill(error.field ? failure('DOMAIN', [], { [error.field]: [text] }) : failure('DOMAIN', [text]));
      }
      logError(`action ${def.name} failed`, error);
      throw error;
    }
  }
  actionNames.set(action, def.name);
  return action as {
    (input: z.input<S> | FormData): Promise<ActionResult<R>>;
    (previous: ActionResult<R> | null | undefined, formData: FormData): Promise<ActionResult<R>>;
  };
}
