/**
 * The two coded fields of the design record, `issuerCountry` and `level`: what they may hold, in
 * one place, for the input validation and the readiness check alike.
 */
import { ISO_3166_1_ALPHA_2 } from './iso-3166-1-alpha-2';

/**
 * How a design says that no qualification level applies to it (EU Annex I: "level, where
 * applicable"). Readiness counts it as met; exports leave the level out.
 */
export const LEVEL_NOT_APPLICABLE = 'not applicable';

const SUBDIVISION = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/;
const LEVEL = /^[A-Za-z][A-Za-z0-9-]{0,19} [A-Za-z0-9][A-Za-z0-9.+-]{0,9}$/;

/** An ISO 3166-1 alpha-2 code ("CA") or an ISO 3166-2 subdivision code of one ("CA-BC"). */
export function isIssuerCountry(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = SUBDIVISION.exec(value);
  return !!match && ISO_3166_1_ALPHA_2.has(match[1] ?? '');
}

/** "<framework> <level>" ("EQF 5", "BCQF 3", "NQF-IE 6"), or exactly {@link LEVEL_NOT_APPLICABLE}. */
export function isDesignLevel(value: unknown): boolean {
  return typeof value === 'string' && (value === LEVEL_NOT_APPLICABLE || LEVEL.test(value));
}

/** Country codes are upper case; "ca-bc" is taken as "CA-BC". */
export function normalizeIssuerCountry(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toUpperCase() : value;
}

/** Inner white space collapses to one space; any casing of "not applicable" is that value. */
export function normalizeLevel(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const collapsed = value.trim().replace(/\s+/g, ' ');
  return collapsed.toLowerCase() === LEVEL_NOT_APPLICABLE ? LEVEL_NOT_APPLICABLE : collapsed;
}
