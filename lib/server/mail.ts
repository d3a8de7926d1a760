import 'server-only';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env.js';
import { log } from '@/lib/server/log';

// Outgoing e-mail. With SMTP_URL: that server. Without it (development, tests, the demo): each
// message is written as an .eml file to MAIL_DIR, where a developer can open it in any mail client.

export type OutgoingMail = {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  /** Stable id for de-duplication and for tests (e.g. `reminder:<id>`); becomes the file name in MAIL_DIR. */
  reference?: string;
};

export type SentMail = { messageId: string; file?: string };

let transporter: Transporter | undefined;

function smtp(): Transporter {
  transporter ??= nodemailer.createTransport(env.SMTP_URL as string);
  return transporter;
}

function fileName(mail: OutgoingMail): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const ref = (mail.reference ?? 'mail').replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 80);
  return `${stamp}_${ref}.eml`;
}

export async function sendMail(mail: OutgoingMail): Promise<SentMail> {
  const message = { from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html };
  if (env.SMTP_URL) {
    const info = await smtp().sendMail(message);
    log.info('mail sent', { reference: mail.reference, messageId: info.messageId });
    return { messageId: info.messageId };
  }
  // streamTransport builds the RFC 822 message without a server; we keep it as a file.
  const info = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).sendMail(message);
  const dir = path.resolve(env.MAIL_DIR);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, fileName(mail));
  await writeFile(file, info.message as Buffer);
  log.info('mail written', { reference: mail.reference, file: path.basename(file) });
  return { messageId: info.messageId, file };
}
