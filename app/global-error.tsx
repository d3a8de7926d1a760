'use client';
import './globals.css';

// Replaces the root layout when the layout itself fails, so no translations are available:
// the page speaks both languages, Italian first.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="it">
      <head>
        <title>Si è verificato un problema – Fondo di solidarietà del Trentino</title>
      </head>
      <body>
        <header className="bg-primary px-4 py-6 text-white">
          <p className="mx-auto max-w-6xl text-2xl font-bold">Fondo di solidarietà del Trentino</p>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-8">
          <h1 className="mb-4 text-4xl">Si è verificato un problema</h1>
          <p className="mb-6 text-xl">Riprova tra qualche minuto. Le informazioni già salvate non sono andate perse.</p>
          <div lang="en" className="mb-6 border-l-4 border-subtle pl-4">
            <h2 className="mb-2 text-2xl">Something went wrong</h2>
            <p className="text-xl">Please try again in a few minutes. Information already saved has not been lost.</p>
          </div>
          <button type="button" onClick={reset} className="cursor-pointer rounded border-2 border-primary bg-primary px-5 py-2 text-lg font-semibold text-white">
            Riprova <span lang="en">/ Try again</span>
          </button>
        </main>
      </body>
    </html>
  );
}
