// A plain input object → the FormData a browser would post for it (dotted names for nested
// fields, numeric segments for arrays), as lib/forms/form-data.ts reads it back.
export function toFormData(input: Record<string, unknown>): FormData {
  const form = new FormData();
  const add = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (value instanceof Blob) form.append(name, value);
    else if (Array.isArray(value)) value.forEach((item, i) => add(`${name}.${i}`, item));
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) add(name ? `${name}.${k}` : k, v);
    else form.append(name, String(value));
  };
  add('', input);
  return form;
}
