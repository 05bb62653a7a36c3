/** Small value rules every export shares: no empty strings, no empty lists, one-line list items. */

/** The trimmed text, or undefined when there is none: an export never carries empty strings. */
export function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A list item must stay on one line, or the Markdown list breaks apart. */
export function oneLine(text: string): string {
  return text.trim().replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Drops undefined, null, empty-string and empty-array properties. */
export function withoutEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== '' &&
        !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/** An absolute http(s) URL in its normalized form, or undefined: user text is not trusted as a URI. */
export function httpUrl(value: string | null | undefined): string | undefined {
  const text = present(value);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The design's language as a BCP 47 code in the form OB 3.0's `LanguageCode` allows ("en", "fr-CA",
 * "zh-Hant-TW"), case normalized; undefined when the design's language is free text ("English").
 */
export function languageTag(value: string | null | undefined): string | undefined {
  const text = present(value);
  if (!text) return undefined;
  const [language = '', ...rest] = text.split(/[-_]/);
  const tag = [
    language.toLowerCase(),
    ...rest.map((part) =>
      part.length === 4
        ? `${part.slice(0, 1).toUpperCase()}${part.slice(1).toLowerCase()}`
        : part.toUpperCase(),
    ),
  ].join('-');
  return /^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/.test(tag) ? tag : undefined;
}
