import Link from 'next/link';

/** A table row's "Modifica" and "Rimuovi" links, each naming its row to screen readers. */
export function RowActions({ name, changeHref, removeHref, changeLabel, removeLabel }: { name: string; changeHref: string; removeHref: string; changeLabel: string; removeLabel: string }) {
  return (
    <ul className="flex flex-wrap gap-x-4">
      <li>
        <Link href={changeHref}>
          {changeLabel}
          <span className="sr-only"> {name}</span>
        </Link>
      </li>
      <li>
        <Link href={removeHref}>
          {removeLabel}
          <span className="sr-only"> {name}</span>
        </Link>
      </li>
    </ul>
  );
}
