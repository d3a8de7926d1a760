export const commonValidation = {
  it: {
    'common.invalid': 'Il valore inserito non è valido',
    'common.required': 'Questo campo è obbligatorio',
    'common.tooLong': 'Il testo è troppo lungo',
    'common.date.required': 'Inserisci la data',
    'common.date.invalid': 'Inserisci una data valida, ad esempio 27 3 2025',
    'common.number.invalid': 'Inserisci un numero, ad esempio 1.234,56',
    'common.id.invalid': 'Identificativo non valido',
    'common.rateLimited': 'Troppe richieste in poco tempo: riprova tra qualche minuto',
  },
  en: {
    'common.invalid': 'The value entered is not valid',
    'common.required': 'This field is required',
    'common.tooLong': 'The text is too long',
    'common.date.required': 'Enter the date',
    'common.date.invalid': 'Enter a real date, for example 27 3 2025',
    'common.number.invalid': 'Enter a number, like 1,234.56',
    'common.id.invalid': 'Invalid identifier',
    'common.rateLimited': 'Too many requests in a short time: try again in a few minutes',
  },
} as const;
