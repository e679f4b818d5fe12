/**
 * The day this build was made, the same on every page of it: from SOURCE_DATE_EPOCH when set (the
 * reproducible-builds convention, seconds since 1970), else the day the build started, in UTC. A
 * citation's fallback access date uses it, so two pages of one build never disagree.
 */
function buildDate(): Date {
  const epoch = Number(process.env['SOURCE_DATE_EPOCH']);
  const when = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
  return new Date(Date.UTC(when.getUTCFullYear(), when.getUTCMonth(), when.getUTCDate()));
}

export const BUILD_DATE: Date = buildDate();
