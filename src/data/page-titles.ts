/**
 * Titles of the pages that are not MDX entries: each page's <h1>, and what breadcrumbs, "read next"
 * links and /sources/ call it. One place, so the three never disagree.
 */
export const PAGE_TITLES: Readonly<Record<string, string>> = {
  '/': 'Home',
  '/compare/': 'Compare the roles',
  '/quiz/': 'Career-fit quiz',
  '/quiz/method/': 'How the quiz scores',
  '/quiz/worksheet/': 'The quiz on paper',
  '/simulator/': 'Role simulator',
  '/glossary/': 'Glossary',
  '/sources/': 'Sources',
  '/search/': 'Search',
  '/offline/': 'Read offline',
  '/about/': 'About this site',
  '/instructors/': 'For instructors',
  '/instructors/class/': 'Class view',
  '/instructors/at-a-glance/': 'Two PMs at a glance',
};

/** The title of a page listed above; an unknown path is a programming error and fails the build. */
export function pageTitle(path: string): string {
  const title = PAGE_TITLES[path];
  if (title === undefined) throw new Error(`No title for ${path} in src/data/page-titles.ts`);
  return title;
}
