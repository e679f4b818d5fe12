/** The sentences the comparison shows when part of a link could not be used; parsing lives in url.ts. */
import { joinList } from '../tool/text';
import { quoteValue } from '../tool/notices';

const wasWere = (n: number) => (n === 1 ? 'was' : 'were');

export const noticeMessages = {
  unknownRoles: (unknown: readonly string[]) =>
    `The link asked for ${unknown.length === 1 ? 'a role' : 'roles'} this table does not have (${joinList(
      unknown.slice(0, 3).map((v) => quoteValue(v)),
    )}${unknown.length > 3 ? ' and more' : ''}), so ${unknown.length === 1 ? 'it was' : 'they were'} left out.`,
  tooManyRoles: (max: number, dropped: readonly string[]) =>
    `The table compares at most ${max} roles at a time, so ${joinList(dropped)} ${wasWere(dropped.length)} left out.`,
  tooFewRoles: (min: number, added: readonly string[]) =>
    `A comparison needs at least ${min} roles, so ${joinList(added)} ${wasWere(added.length)} added.`,
  unknownTheme: (value: string) =>
    `The link asked for a theme this table does not have (${quoteValue(value)}), so every theme is shown.`,
  badQuery: 'The text filter in the link could not be read, so it was left out.',
  longQuery: (max: number) => `The text filter in the link was cut to its first ${max} characters.`,
  badDiff: (value: string) =>
    `The link had an unclear setting for “show only where they differ” (${quoteValue(value)}), so every row is shown.`,
};
