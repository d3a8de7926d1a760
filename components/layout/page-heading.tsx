import type { ReactNode } from 'react';

export type PageHeadingProps = {
  title: ReactNode;
  /** Small grey line above the title: the section or the company the page is about. */
  caption?: ReactNode;
  /** Lead paragraph under the title. */
  lead?: ReactNode;
};

/** The page's one `h1`, with an optional caption above and lead paragraph below (GOV.UK). */
export function PageHeading({ title, caption, lead }: PageHeadingProps) {
  return (
    <div className="mb-8">
      {caption ? <p className="mb-1 text-xl text-muted">{caption}</p> : null}
      <h1 className="text-4xl sm:text-5xl">{title}</h1>
      {lead ? <p className="mt-4 max-w-3xl text-xl">{lead}</p> : null}
    </div>
  );
}
