// A page's form posts `ritorno=1` to ask its action for Post/Redirect/Get: on success the action
// redirects to the next page instead of returning (with or without JavaScript). API and test
// callers leave it out and get the result back.
import { z } from 'zod';

export const ritornoField = z.literal('1').optional().catch(undefined);
export const withRitorno = z.object({ ritorno: ritornoField });
