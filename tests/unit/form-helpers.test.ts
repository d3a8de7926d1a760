// Pure helpers behind the form and pagination components.
import { describe, expect, it } from 'vitest';
import { describedBy, fieldId } from '@/components/form/ids';
import { prebuildOptions, prebuiltOptionsHtml } from '@/components/form/select';
import { flattenFieldErrors } from '@/components/form/use-form-errors';
import { visiblePages } from '@/components/ui/pagination';

describe('fieldId', () => {
  it('turns a form path into an id the error summary can link to', () => {
    expect(fieldId('email')).toBe('email');
    expect(fieldId('workers.0.hoursLost')).toBe('workers-0-hoursLost');
  });

  it('describes a control by its hint and error only when they exist', () => {
    expect(describedBy('email', {})).toBeUndefined();
    expect(describedBy('email', { hint: 'x', error: 'y' })).toBe('email-hint email-error');
  });
});

describe('flattenFieldErrors', () => {
  it('lists nested and array errors by path, in form order, without walking into DOM refs', () => {
    const ref: Record<string, unknown> = {};
    ref.self = ref;
    const errors = {
      email: { type: 'custom', message: 'Inserisci il tuo indirizzo e-mail', ref },
      startDate: { type: 'custom', message: 'Inserisci la data' },
      workers: [undefined, { hoursLost: { type: 'custom', message: 'Inserisci le ore' } }],
      units: { root: { type: 'custom', message: 'Scegli almeno una unità' } },
    };
    expect(flattenFieldErrors(errors)).toEqual([
      ['email', 'Inserisci il tuo indirizzo e-mail'],
      ['startDate', 'Inserisci la data'],
      ['workers.1.hoursLost', 'Inserisci le ore'],
      ['units', 'Scegli almeno una unità'],
    ]);
  });
});

describe('visiblePages', () => {
  it('shows first, last and the neighbours of the current page, with gaps between', () => {
    expect(visiblePages(1, 1)).toEqual([1]);
    expect(visiblePages(1, 3)).toEqual([1, 2, 3]);
    expect(visiblePages(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(visiblePages(10, 10)).toEqual([1, null, 9, 10]);
  });
});

describe('prebuilt select options', () => {
  it('escape values and labels (names come from what employers typed), and mark the chosen option, or the placeholder', () => {
    const options = prebuildOptions([
      { value: 'A116', label: 'Ala' },
      { value: 'X"1', label: '<script>alert(1)</script> & D’Arco' },
      { value: 'L378', label: 'Trento' },
    ]);
    expect(options.html).toBe(
      '<option value="A116">Ala</option><option value="X&quot;1">&lt;script&gt;alert(1)&lt;/script&gt; &amp; D’Arco</option><option value="L378">Trento</option>',
    );
    expect(prebuiltOptionsHtml(options, 'Tutti i comuni', 'L378')).toBe(
      '<option value="">Tutti i comuni</option><option value="A116">Ala</option><option value="X&quot;1">&lt;script&gt;alert(1)&lt;/script&gt; &amp; D’Arco</option><option value="L378" selected="">Trento</option>',
    );
    expect(prebuiltOptionsHtml(options, 'Tutti i comuni', '')).toMatch(/^<option value="" selected="">Tutti i comuni<\/option><option value="A116">/);
    expect(prebuiltOptionsHtml(options, undefined, 'X"1')).toContain('<option value="X&quot;1" selected="">');
    // A value that is not in the list selects nothing (the browser shows the first option).
    expect(prebuiltOptionsHtml(options, undefined, 'Z999')).not.toContain('selected');
  });
});
