/**
 * The shape of a jurisdiction code, checked where a person writes one (catalog, front
 * matter): `CN`, `US`, `GB` (ISO 3166-1 alpha-2), `CN-SH`, `US-CA` (ISO 3166-2), `EU`, `INT`.
 */

const CODE = /^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|INT)$/;

/** Whether a string has the form of a jurisdiction code. */
export function isJurisdictionCode(s: unknown): s is string {
  return typeof s === 'string' && CODE.test(s);
}

/** A written jurisdiction value (a code or a list), upper-cased and checked. */
export function checkJurisdiction(value: unknown): { value: string[] } | { error: string } {
  const list = typeof value === 'string' ? value.split(/[,\s]+/).filter(Boolean) : value;
  if (!Array.isArray(list) || list.length === 0) return { error: 'jurisdiction must be a code or a list of codes such as CN, CN-SH, US, EU, INT' };
  const codes = list.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v));
  const bad = codes.find((c) => !isJurisdictionCode(c));
  if (bad !== undefined) return { error: `jurisdiction ${JSON.stringify(bad)} is not a code such as CN, CN-SH, US, US-CA, EU or INT` };
  return { value: [...new Set(codes as string[])] };
}
