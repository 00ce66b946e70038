export type Freshness = 'CURRENT' | 'EXPIRING' | 'EXPIRED';

/** Days within which evidence counts as expiring. */
const EXPIRING_WITHIN_DAYS = 30;

/** Evidence freshness against `today` (both YYYY-MM-DD); the same rule as FRESHNESS_CYPHER. */
export function evidenceFreshness(validUntil: string, today: string): Freshness {
  if (validUntil < today) return 'EXPIRED';
  const window = new Date(`${today}T00:00:00Z`);
  window.setUTCDate(window.getUTCDate() + EXPIRING_WITHIN_DAYS);
  return validUntil <= window.toISOString().slice(0, 10) ? 'EXPIRING' : 'CURRENT';
}
