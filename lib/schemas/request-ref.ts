import { z } from 'zod';
import { employerIdField } from './company';

/** Every request action names the employer (for the access check) and the request. */
export const requestRefFields = { employerId: employerIdField, requestId: employerIdField };
export const requestRefSchema = z.object(requestRefFields);
export type RequestRef = z.output<typeof requestRefSchema>;
