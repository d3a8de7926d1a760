import type { Locale } from '@/lib/i18n/config';
import type { Messages } from '@/lib/i18n/messages';

// Typed translations: a missing or misspelt key is a compile error (next-intl AppConfig).
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
