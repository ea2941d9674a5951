/** `{YYYY}`, `{MM}`, `{DD}` in tags and workflow inputs: the daily build's UTC date. */
export function formatDated(template: string, date: Date): string {
  const parts = {
    YYYY: String(date.getUTCFullYear()).padStart(4, '0'),
    MM: String(date.getUTCMonth() + 1).padStart(2, '0'),
    DD: String(date.getUTCDate()).padStart(2, '0'),
  };
  return template.replace(/\{(YYYY|MM|DD)\}/g, (_match, key: keyof typeof parts) => parts[key]);
}

/** The date a tag names, read back with its template (so a record's tag gives its inputs). */
export function parseDated(template: string, tag: string): Date | undefined {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  const source = escaped.replace('{YYYY}', '(?<YYYY>\\d{4})').replace('{MM}', '(?<MM>\\d{2})').replace('{DD}', '(?<DD>\\d{2})');
  const pattern = new RegExp(`^${source}$`);
  const groups = pattern.exec(tag)?.groups;
  if (!groups?.YYYY || !groups.MM || !groups.DD) return undefined;
  const date = new Date(Date.UTC(Number(groups.YYYY), Number(groups.MM) - 1, Number(groups.DD)));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Midnight UTC of the day `date` falls on. */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export const DAY_MS = 24 * 60 * 60 * 1000;
