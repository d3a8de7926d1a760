// A message on a filed request's thread (employer, consultant or Committee). Its own module so the
// message form in the browser carries only this schema, not the Committee's schemas in
// ./review.ts with the rules' registers and decimal.js behind them (21 KB gzip of first-load JS
// on every request page; docs/performance.md).
import { z } from 'zod';

export const MESSAGE_MAX = 4000;
const ID_MAX = 64;

export const postMessageSchema = z.object({
  requestId: z.string({ error: 'review.request.notFound' }).trim().min(1, 'review.request.notFound').max(ID_MAX, 'review.request.notFound'),
  body: z.string({ error: 'review.message.body.required' }).trim().min(1, 'review.message.body.required').max(MESSAGE_MAX, 'review.message.body.tooLong'),
});
export type PostMessageInput = z.input<typeof postMessageSchema>;
