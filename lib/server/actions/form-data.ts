/**
 * FormData → plain object for zod, so a form posted without JavaScript is validated by the
 * same schema as a react-hook-form submission. Dotted names nest (`workers.0.hoursLost`);
 * numeric segments make arrays; repeated names become arrays. Next's internal `$ACTION_*`
 * fields are dropped. Files are kept as File objects.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith('$ACTION')) continue;
    const path = name.split('.');
    let node: Record<string, unknown> | unknown[] = root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      const last = i === path.length - 1;
      const slot = Array.isArray(node) ? Number(key) : key;
      const container = node as Record<string | number, unknown>;
      if (last) {
        const existing = container[slot];
        if (existing === undefined) container[slot] = value;
        else container[slot] = Array.isArray(existing) ? [...existing, value] : [existing, value];
      } else {
        if (container[slot] === undefined) container[slot] = /^\d+$/.test(path[i + 1]!) ? [] : {};
        node = container[slot] as Record<string, unknown> | unknown[];
      }
    }
  }
  return root;
}
