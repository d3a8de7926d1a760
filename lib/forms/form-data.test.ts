import { describe, expect, it } from 'vitest';
import { formDataToObject } from './form-data';

describe('formDataToObject', () => {
  it('nests dotted names and turns numeric segments into arrays', () => {
    const fd = new FormData();
    fd.append('cause', 'ORDINARY_MARKET');
    fd.append('workers.0.id', 'w1');
    fd.append('workers.0.hoursLost', '10,5');
    fd.append('workers.1.id', 'w2');
    fd.append('$ACTION_ID_abc', '');
    expect(formDataToObject(fd)).toEqual({
      cause: 'ORDINARY_MARKET',
      workers: [{ id: 'w1', hoursLost: '10,5' }, { id: 'w2' }],
    });
  });

  it('collects repeated names (checkboxes) into an array', () => {
    const fd = new FormData();
    fd.append('units', 'a');
    fd.append('units', 'b');
    expect(formDataToObject(fd)).toEqual({ units: ['a', 'b'] });
  });
});

describe('formDataToObject and hostile field names (posted before any session check)', () => {
  it('never writes to Object.prototype through __proto__, constructor or prototype segments', () => {
    const fd = new FormData();
    fd.append('__proto__.polluted', 'yes');
    fd.append('constructor.prototype.polluted', 'yes');
    fd.append('a.__proto__.polluted', 'yes');
    fd.append('name', 'ok');
    expect(formDataToObject(fd)).toEqual({ name: 'ok' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('drops array indices above the bound instead of making a four-billion-slot sparse array', () => {
    const fd = new FormData();
    fd.append('workers.4294967294.x', '1');
    fd.append('workers.9999.x', '2');
    const workers = formDataToObject(fd).workers as unknown[];
    expect(workers).toHaveLength(10_000);
    expect(workers[9_999]).toEqual({ x: '2' });
  });

  it('drops names nested deeper than any form of the product', () => {
    const fd = new FormData();
    fd.append(Array.from({ length: 50 }, () => 'a').join('.'), 'deep');
    expect(formDataToObject(fd)).toEqual({});
  });

  it('keeps the first shape when a later name does not fit it (no throw)', () => {
    const fd = new FormData();
    fd.append('a', 'text');
    fd.append('a.b', 'nested');
    fd.append('list.0', 'x');
    fd.append('list.name', 'y');
    fd.append('f', new File(['x'], 'f.txt'));
    fd.append('f.size', '9');
    const out = formDataToObject(fd);
    expect(out.a).toBe('text');
    expect(out.list).toEqual(['x']);
    expect(out.f).toBeInstanceOf(File);
  });
});
