import 'server-only';

/**
 * An expected refusal that the user can act on (e.g. "only 7 weeks remain"). The message is a
 * validation-message key or plain text; `field` points the error summary at an input.
 */
export class DomainError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
    readonly code: string = 'DOMAIN',
  ) {
    super(messageKey);
    this.name = 'DomainError';
  }
}
