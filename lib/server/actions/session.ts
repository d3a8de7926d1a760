'use server';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale, localeCookie } from '@/lib/i18n/config';
import { roleHome, safeReturnPath } from '@/lib/navigation';
import { signInSchema } from '@/lib/schemas/auth';
import { localizeZodError, type FieldErrors } from '@/lib/schemas/errors';
import { authenticate } from '@/lib/server/auth/authenticate';
import { clientIp } from '@/lib/server/client-ip';
import { endSession, startSession } from '@/lib/server/auth/session-cookie';
import { markFormErrors } from '@/lib/server/form-error-title';
import { log, logError } from '@/lib/server/log';
import { formDataToObject } from '@/lib/forms/form-data';

// Signing in and out happen before and after a session exists, so these two actions cannot go
// through defineAction (which requires one). They validate their input with the same schema as
// the form and touch nothing but the caller's own session cookie.

export type SignInState = {
  status: 'error';
  fieldErrors: FieldErrors;
  formErrors: string[];
  /** What the user typed, to refill the box after a no-JavaScript post (never the password). */
  email: string;
};

/**
 * The sign-in form's action (`useActionState(signInAction, null)`). On success it starts the
 * session and redirects to `callbackUrl` when it is a path on this site, else to the role's home.
 * A wrong e-mail or password gets one message that does not say which was wrong.
 */
export async function signInAction(previous: SignInState | null, formData: FormData): Promise<SignInState> {
  const state = await signIn(previous, formData);
  await markFormErrors(); // it returns only with errors (success redirects): "Errore: " in the title
  return state;
}

async function signIn(_previous: SignInState | null, formData: FormData): Promise<SignInState> {
  const raw = formDataToObject(formData);
  const email = typeof raw.email === 'string' ? raw.email.slice(0, 254) : '';
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    const locale = await getLocale();
    return { status: 'error', ...localizeZodError(parsed.error, locale), email };
  }

  const t = await getTranslations('auth.signIn');
  const fail = (message: string): SignInState => ({ status: 'error', fieldErrors: {}, formErrors: [message], email });
  let outcome: Awaited<ReturnType<typeof authenticate>>;
  try {
    outcome = await authenticate(parsed.data, clientIp(await headers()));
  } catch (error) {
    logError('sign-in could not be checked', error);
    return fail(t('unavailable'));
  }
  if (outcome.status === 'rate-limited') return fail(t('rateLimited', { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }));
  if (outcome.status === 'invalid') return fail(t('invalid'));

  await startSession(outcome.user);
  // A user who chose English last time gets it back, unless this browser already has a choice.
  const jar = await cookies();
  if (!isLocale(jar.get(localeCookie)?.value) && isLocale(outcome.user.locale)) {
    jar.set(localeCookie, outcome.user.locale, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 60 * 60 * 24 * 365, secure: process.env.NODE_ENV === 'production' });
  }
  log.info('signed in', { userId: outcome.user.id, role: outcome.user.role });
  const callbackUrl = typeof raw.callbackUrl === 'string' ? raw.callbackUrl : undefined;
  redirect(safeReturnPath(callbackUrl, roleHome[outcome.user.role]));
}

/** The sign-out page's button: clears the session cookie and shows the "signed out" page. */
export async function signOutAction(): Promise<void> {
  await endSession();
  redirect('/esci?uscito=1');
}
