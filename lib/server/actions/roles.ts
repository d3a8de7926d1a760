import 'server-only';

/** Who may act on an employer's data: its members and its delegated consultants (the access check decides which employer). */
export const EMPLOYER_SIDE = ['EMPLOYER', 'CONSULTANT'] as const;
