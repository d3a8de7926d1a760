// The rules library on the command line (issue 3 §7), over the same code as the API and the UI:
//   npm run -s rules -- simulate [--lang it|en] [scenario.json]   (reads stdin without a file)
//   npm run -s rules -- params --as-of YYYY-MM-DD
// stdout: the result JSON. Bad input: one JSON error body on stderr — every field error by path —
// and exit code 2; never a stack trace, never a partial result. Exit code 1: an internal error.
import { readFileSync } from 'node:fs';
import { isCalendarDate, listParametersInForce, type CalendarDate } from '../lib/rules/index';
import { isLocale, type Locale } from '../lib/i18n/config';
import { errorBody, parseJsonText, runSimulation } from '../lib/simulation/run';

const USAGE = `Uso / usage:
  npm run -s rules -- simulate [--lang it|en] [scenario.json]   legge lo scenario da stdin se manca il file
  npm run -s rules -- params --as-of AAAA-MM-GG                  parametri in vigore in quel giorno`;

type Exit = { code: 0 | 1 | 2; stdout?: unknown; stderr?: unknown };

function usageError(message: string): Exit {
  return { code: 2, stderr: { error: 'INVALID_ARGUMENTS', message, fieldErrors: {}, formErrors: [USAGE] } };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function positional(args: string[], withValues: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (withValues.includes(a)) i++;
    else if (!a.startsWith('--')) out.push(a);
  }
  return out;
}

function readInput(file: string | undefined): string | null {
  if (file) return readFileSync(file, 'utf8');
  if (process.stdin.isTTY) return null;
  return readFileSync(0, 'utf8');
}

function simulateCommand(args: string[]): Exit {
  const lang = option(args, '--lang') ?? 'it';
  if (!isLocale(lang)) return usageError(`Lingua non supportata: ${lang} (it, en)`);
  const locale: Locale = lang;
  const [file, ...rest] = positional(args, ['--lang']);
  if (rest.length) return usageError(`Argomenti in più: ${rest.join(' ')}`);
  let text: string | null;
  try {
    text = readInput(file);
  } catch {
    return usageError(`File non leggibile: ${file}`);
  }
  if (text === null || text.trim() === '') return { code: 2, stderr: errorBody('INVALID_JSON', locale, {}, [locale === 'it' ? 'Nessuno scenario ricevuto su stdin' : 'No scenario received on stdin']) };
  const json = parseJsonText(text, locale);
  if (!json.ok) return { code: 2, stderr: json.body };
  const outcome = runSimulation(json.value, locale);
  return outcome.ok ? { code: 0, stdout: outcome.result } : { code: 2, stderr: outcome.body };
}

function paramsCommand(args: string[]): Exit {
  const asOf = option(args, '--as-of');
  if (!asOf) return usageError('Indica il giorno con --as-of AAAA-MM-GG');
  if (!isCalendarDate(asOf)) return { code: 2, stderr: { error: 'INVALID_ARGUMENTS', message: 'Data non valida', fieldErrors: { asOf: ['La data deve essere una data reale nel formato AAAA-MM-GG'] }, formErrors: [] } };
  const extra = positional(args, ['--as-of']);
  if (extra.length) return usageError(`Argomenti in più: ${extra.join(' ')}`);
  return { code: 0, stdout: listParametersInForce(asOf as CalendarDate) };
}

function main(argv: string[]): Exit {
  const [command, ...args] = argv;
  if (command === 'simulate') return simulateCommand(args);
  if (command === 'params') return paramsCommand(args);
  if (command === 'help' || command === '--help' || command === '-h') return { code: 0, stdout: USAGE };
  return usageError(command ? `Comando sconosciuto: ${command}` : 'Manca il comando');
}

let exit: Exit;
try {
  exit = main(process.argv.slice(2));
} catch {
  // Never a stack trace (it could echo personal data from the scenario).
  exit = { code: 1, stderr: { error: 'INTERNAL', message: 'Errore interno', fieldErrors: {}, formErrors: [] } };
}
if (exit.stdout !== undefined) process.stdout.write(typeof exit.stdout === 'string' ? `${exit.stdout}\n` : `${JSON.stringify(exit.stdout, null, 2)}\n`);
if (exit.stderr !== undefined) process.stderr.write(`${JSON.stringify(exit.stderr, null, 2)}\n`);
process.exitCode = exit.code;
