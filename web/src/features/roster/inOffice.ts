/** Today as yyyy-MM-dd in WIB, to compare with GraphQL dates. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Pontianak' }).format(new Date());
}

/** Holds the position on `day` (yyyy-MM-dd): the term has started and has not ended — as the coverage report counts. */
export function inOfficeOn(person: { termStart: string; termEnd?: string | null }, day: string): boolean {
  return person.termStart <= day && (person.termEnd == null || person.termEnd >= day);
}

/** The term ended before `day`. */
export function termEndedBy(person: { termEnd?: string | null }, day: string): boolean {
  return person.termEnd != null && person.termEnd < day;
}

/**
 * The monthly premium a person costs on `day`: only an active enrollment of someone in office is paid for; anyone
 * else (term over, enrollment inactive or ended) costs nothing and shows "–".
 */
export function payablePremium(
  person: {
    termStart: string;
    termEnd?: string | null;
    enrollment?: { status: string; monthlyPremium: { amount: number } } | null;
  },
  day: string,
): number | null {
  const e = person.enrollment;
  if (!e || e.status !== 'ACTIVE' || !inOfficeOn(person, day)) return null;
  return e.monthlyPremium.amount;
}
