import { TextInput, type TextInputProps } from './text-input';

/**
 * An amount in euro: a text box with a "€" prefix (hidden from screen readers, so say "in euro"
 * in the label when it matters), decimal keyboard on phones, no spell check. Italian format is
 * accepted ("1.234,56"): parse it with `moneyText()` from lib/schemas/form-values.
 */
export function MoneyInput({ width = 10, ...props }: Omit<TextInputProps, 'prefix' | 'inputMode'>) {
  return <TextInput {...props} width={width} prefix="€" inputMode="decimal" spellCheck={false} autoComplete="off" />;
}
