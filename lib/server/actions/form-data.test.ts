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
