// A legal citation: the act, the article/comma, an official or best-available URL, and how sure
// we are (digest §0.1: P primary text, S secondary source quoting it, I inferred, U unconfirmed).
export type SourceStatus = 'P' | 'S' | 'I' | 'U';

export type Citation = {
  act: string;
  article?: string;
  url?: string;
  status: SourceStatus;
  /** Short human label, e.g. "D.Lgs. 148/2015 art. 30 c. 2". */
  label: string;
};

export type LegalSource = {
  /** Full name of the act, e.g. "D.Lgs. 14 settembre 2015 n. 148". */
  act: string;
  /** Short name used in labels, e.g. "D.Lgs. 148/2015". */
  short: string;
  /** URL of the act, or of one article when `articleUrl` is given. */
  url?: string;
  articleUrl?: (article: number) => string;
  /** Default status of what this source says. */
  status: SourceStatus;
};

/**
 * Builds a citation. `article` is free text ("art. 30 c. 2"); when it starts with an article
 * number and the source knows article URLs, the URL points at that article.
 */
export function cite(source: LegalSource, article?: string, status: SourceStatus = source.status): Citation {
  const articleNumber = article ? /^art\.\s*(\d+)/.exec(article)?.[1] : undefined;
  const url = articleNumber && source.articleUrl ? source.articleUrl(Number(articleNumber)) : source.url;
  const citation: Citation = {
    act: source.act,
    status,
    label: article ? `${source.short} ${article}` : source.short,
  };
  if (article) citation.article = article;
  if (url) citation.url = url;
  return citation;
}
