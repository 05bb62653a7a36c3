import type { BloomLevel, DeliveryMode } from '../gql/graphql';

export const DELIVERY_LABELS: Record<DeliveryMode, string> = {
  ONLINE: 'Online',
  IN_PERSON: 'In person',
  HYBRID: 'Hybrid',
};

export const BLOOM_NAMES: Record<BloomLevel, string> = {
  REMEMBER: 'Remember',
  UNDERSTAND: 'Understand',
  APPLY: 'Apply',
  ANALYZE: 'Analyze',
  EVALUATE: 'Evaluate',
  CREATE: 'Create',
};

/** A framework link only when it is http(s): a `javascript:` or `data:` URL in a record is never a link. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` is written `\u003c` (still the
 * same JSON), so `</script>` in a title or outcome cannot end the script and inject markup.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
