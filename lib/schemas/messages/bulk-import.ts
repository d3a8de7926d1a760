export const bulkImportValidation = {
  it: {
    'import.employerId.required': 'Scegli il cliente di cui importare i dati',
    'import.kind.required': 'Scegli che cosa contiene il file: lavoratori o dipendenti mensili',
    'import.file.required': 'Scegli il file CSV da importare',
    'import.file.tooLarge': 'Il file deve pesare al massimo 1 MB: dividilo in più file',
    'import.batch.required': 'Anteprima non trovata',
    'import.batch.invalid': 'Anteprima non trovata',
    'import.batch.notFound': 'Anteprima non trovata o già chiusa: carica di nuovo il file',
    'import.batch.expired': 'L’anteprima è scaduta (vale 24 ore): carica di nuovo il file',
    'import.batch.committed': 'Questo file è già stato importato',
  },
  en: {
    'import.employerId.required': 'Choose the client whose data you are importing',
    'import.kind.required': 'Choose what the file holds: workers or monthly headcounts',
    'import.file.required': 'Choose the CSV file to import',
    'import.file.tooLarge': 'The file must be 1 MB or smaller: split it into several files',
    'import.batch.required': 'Preview not found',
    'import.batch.invalid': 'Preview not found',
    'import.batch.notFound': 'Preview not found or already closed: upload the file again',
    'import.batch.expired': 'The preview has expired (it lasts 24 hours): upload the file again',
    'import.batch.committed': 'This file has already been imported',
  },
} as const;
