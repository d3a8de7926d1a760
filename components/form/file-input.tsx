import { LabelledField, controlClasses } from './field';
import { describedBy, fieldId } from './ids';

/**
 * A labelled file box (GOV.UK file upload) for a multipart form that works without JavaScript.
 * The server checks the file: a browser cannot validate it against the form's schema.
 */
export function FileInput({ name, label, hint, error, accept }: { name: string; label: string; hint?: string; error?: string; accept?: string }) {
  const id = fieldId(name);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        className={controlClasses(error, 'w-full max-w-[59ex]')}
      />
    </LabelledField>
  );
}
