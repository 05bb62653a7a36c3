import { z } from 'zod';

/** Client messages, validated before anything else looks at them (unknown fields are ignored). */
export const JoinMessage = z.object({
  designId: z.uuid(),
  afterSeq: z.number().int().min(0).max(2_147_483_647).optional(),
});

export const LeaveMessage = z.object({ designId: z.uuid() });

export const FocusMessage = z.object({
  designId: z.uuid(),
  focus: z
    .object({
      targetType: z.enum(['DESIGN', 'SKILL', 'OUTCOME']),
      targetId: z.uuid(),
    })
    .nullable(),
});
