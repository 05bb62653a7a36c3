import type { z } from 'zod';

import type { Refusal, RefusalCode } from '@mc/realtime-contract';

export const refusal = (error: RefusalCode): Refusal => ({ ok: false, error });

/** The message as the schema reads it, or null when it does not fit. */
export function parseMessage<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> | null {
  const result = schema.safeParse(payload);
  return result.success ? result.data : null;
}
