/**
 * The client messages of `/realtime`, validated before anything else looks at them. Unknown fields
 * are ignored, but every string in a message (unknown fields and keys included) must pass the one
 * text rule of `@mc/errors` (no NUL, no unpaired surrogate, no control character), as GraphQL
 * arguments do: a hostile string anywhere answers BAD_USER_INPUT.
 */
import { z } from 'zod';

import { findUnsafeText } from '@mc/errors';

/** The text rule over the whole message as it arrived, then `shape` (whose keys alone are kept). */
function clientMessage<Shape extends z.ZodRawShape>(shape: Shape) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      for (const issue of findUnsafeText(value, '')) {
        ctx.addIssue({
          code: 'custom',
          path: issue.field ? issue.field.split('.') : [],
          message: issue.message,
        });
      }
    })
    .pipe(z.object(shape));
}

export const JoinMessage = clientMessage({
  designId: z.uuid(),
  afterSeq: z.number().int().min(0).max(2_147_483_647).optional(),
});
export type JoinMessage = z.output<typeof JoinMessage>;

export const LeaveMessage = clientMessage({ designId: z.uuid() });
export type LeaveMessage = z.output<typeof LeaveMessage>;

/** What a focus may point at. */
export const FOCUS_TARGET_TYPES = ['DESIGN', 'SKILL', 'OUTCOME'] as const;
export type FocusTargetType = (typeof FOCUS_TARGET_TYPES)[number];

export const FocusMessage = clientMessage({
  designId: z.uuid(),
  focus: z
    .object({
      targetType: z.enum(FOCUS_TARGET_TYPES),
      targetId: z.uuid(),
    })
    .nullable(),
});
export type FocusMessage = z.output<typeof FocusMessage>;
