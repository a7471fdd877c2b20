/**
 * An RFC 3339 timestamp that JavaScript's Date reads back as the same instant:
 * seconds 00-59 (no leap second 60), an offset with minutes (+01:00, never +01),
 * and a real calendar day. ajv-formats' date-time accepts more than Date parses.
 */
const DATE_TIME =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return false;
  return !Number.isNaN(Date.parse(value));
}
