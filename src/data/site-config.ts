/**
 * Settings read at build time from the environment, like SITE_URL in astro.config.mjs: whoever
 * hosts a copy sets their own. Pages import the values; they never read process.env themselves.
 */

/** Where readers report an error, and whether the host set it. */
export interface ReportLink {
  href: string;
  /** False when REPORT_URL was unset or unusable, so the page explains what to do instead. */
  configured: boolean;
}

/** The fallback: the section of /about/ that says how to report an error when no address is set. */
export const REPORT_FALLBACK = '/about/#report-an-error';

/** Reads REPORT_URL: an https or http page (an issue tracker, a form) or a mailto: address. Anything else is ignored. */
export function reportLinkFrom(raw: string | undefined): ReportLink {
  const value = raw?.trim() ?? '';
  if (value === '') return { href: REPORT_FALLBACK, configured: false };
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:') {
      return { href: url.href, configured: true };
    }
  } catch {
    // Not a URL: fall through to the fallback.
  }
  return { href: REPORT_FALLBACK, configured: false };
}

export const REPORT_LINK: ReportLink = reportLinkFrom(process.env['REPORT_URL']);

/** The licence of the site's text, tables and data (the code is MIT, in LICENSE). */
export const CONTENT_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
