/** The term ended before `day` (yyyy-MM-dd). */
export function termEndedBy(person: { termEnd?: string | null }, day: string): boolean {
  return person.termEnd != null && person.termEnd < day;
}
