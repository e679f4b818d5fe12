export interface PageCitation {
  title: string;
  url: string;
  reviewed: Date;
  /** The day the reader looked at the page, for the "retrieved" part of the citation. */
  accessed: Date;
}

const SITE_NAME = 'Which PM?';

function longDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** An APA-style reference to a page of this site, for the "Cite this page" box. */
export function apaCitation({ title, url, reviewed, accessed }: PageCitation): string {
  const year = reviewed.getUTCFullYear();
  return `${SITE_NAME} (${year}). ${title}. Retrieved ${longDate(accessed)}, from ${url}`;
}

/** The review date as readers see it on a page ("November 22, 2026"). */
export function formatReviewed(date: Date): string {
  return longDate(date);
}
