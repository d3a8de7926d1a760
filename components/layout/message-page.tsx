import Link from 'next/link';
import { PageHeading } from './page-heading';

/** A page that only says something and offers one way on: 403, 404, "signed out". */
export function MessagePage({ title, body, link }: { title: string; body: string; link: { href: string; label: string } }) {
  return (
    <div className="max-w-2xl">
      <PageHeading title={title} lead={body} />
      <Link href={link.href}>{link.label}</Link>
    </div>
  );
}
