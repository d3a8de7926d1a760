/**
 * FormData → plain object for zod, so a form posted without JavaScript is validated by the
 * same schema as a react-hook-form submission. Pure, so in lib/forms: the wizard's steps also
 * run it in the browser before posting (lib/forms/browser-validation.ts). Dotted names nest
 * (`workers.0.hoursLost`); numeric segments make arrays; repeated names become arrays. Next's internal `$ACTION_*`
 * fields are dropped. Files are kept as File objects.
 *
 * Field names come from anyone who can post to the page, before any session check, so a name is
 * dropped when it could hurt instead of nest: `__proto__`, `constructor` or `prototype` segments
 * (prototype pollution), an array index above MAX_FORM_ARRAY_INDEX (`workers.4294967294.x` would
 * make a sparse array whose length every later loop walks: a one-field denial of service), or more
 * than MAX_FORM_DEPTH segments. No form of the product comes near either bound.
 */
export const MAX_FORM_ARRAY_INDEX = 9_999;
export const MAX_FORM_DEPTH = 8;
const UNSAFE_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

function usablePath(path: string[]): boolean {
  if (path.length > MAX_FORM_DEPTH || path.some((segment) => UNSAFE_SEGMENTS.has(segment))) return false;
  return path.every((segment) => !/^\d+$/.test(segment) || Number(segment) <= MAX_FORM_ARRAY_INDEX);
}

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith('$ACTION')) continue;
    const path = name.split('.');
    if (!usablePath(path)) continue;
    let node: Record<string, unknown> | unknown[] = root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      const last = i === path.length - 1;
      const slot = Array.isArray(node) ? Number(key) : key;
      const container = node as Record<string | number, unknown>;
      // An array met where a name is expected (`workers.name` after `workers.0`), or the reverse:
      // the field does not fit the shape built so far and is dropped.
      if (Array.isArray(node) && !Number.isInteger(slot)) break;
      const existing = Object.hasOwn(container, slot) ? container[slot] : undefined;
      if (last) {
        if (existing === undefined) container[slot] = value;
        else container[slot] = Array.isArray(existing) ? [...existing, value] : [existing, value];
      } else {
        if (existing === undefined) container[slot] = /^\d+$/.test(path[i + 1]!) ? [] : {};
        const child = container[slot];
        if (typeof child !== 'object' || child === null || child instanceof Blob) break;
        node = child as Record<string, unknown> | unknown[];
      }
    }
  }
  return root;
}
