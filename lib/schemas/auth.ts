import { z } from 'zod';

// Limits protect the password hasher from oversized input (argon2 cost grows with length).
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const signInSchema = z.object({
  email: z
    .string({ error: 'auth.email.required' })
    .trim()
    .min(1, 'auth.email.required')
    .max(EMAIL_MAX, 'auth.email.tooLong')
    .pipe(z.email('auth.email.invalid'))
    .transform((v) => v.toLowerCase()),
  password: z
    .string({ error: 'auth.password.required' })
    .min(1, 'auth.password.required')
    .max(PASSWORD_MAX, 'auth.password.tooLong'),
});
export type SignInInput = z.infer<typeof signInSchema>;
