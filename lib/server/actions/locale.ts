'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { localeCookie } from '@/lib/i18n/config';
import { setLocaleSchema } from '@/lib/schemas/locale';
import { formDataToObject } from '@/lib/forms/form-data';
import { getCurrentUser } from '@/lib/server/auth/session';
import { prisma } from '@/lib/server/db';

/**
 * Language switch in the header. Open to visitors (public simulator), so it does not go through
 * defineAction's session check; it still validates its input and only touches the caller's own
 * preference.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse(formDataToObject(formData));
  const { locale, returnTo } = parsed.success ? parsed.data : { locale: 'it' as const, returnTo: '/' };
  (await cookies()).set(localeCookie, locale, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 60 * 60 * 24 * 365, secure: process.env.NODE_ENV === 'production' });
  const user = await getCurrentUser();
  if (user && user.locale !== locale) await prisma.user.update({ where: { id: user.id }, data: { locale } });
  redirect(returnTo);
}
