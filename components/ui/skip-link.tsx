/** First focusable element of every page: jumps keyboard users past the header to `#contenuto`. */
export function SkipLink({ label, target = 'contenuto' }: { label: string; target?: string }) {
  return (
    <a
      href={`#${target}`}
      className="sr-only block bg-focus p-3 text-focus-text focus:not-sr-only focus-visible:not-sr-only"
    >
      {label}
    </a>
  );
}
