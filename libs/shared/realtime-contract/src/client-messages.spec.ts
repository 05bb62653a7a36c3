import { FocusMessage, JoinMessage, LeaveMessage } from './client-messages';

const DESIGN = '0b7a4a4e-6f2b-4c1e-9d1a-3c2e5f6a7b8c';
const SKILL = '5d3c2b1a-0f9e-4d8c-b7a6-958473625140';

describe('client messages', () => {
  it('accept what the contract describes, keeping only the known fields', () => {
    expect(JoinMessage.parse({ designId: DESIGN, afterSeq: 3, extra: 'ignored' })).toEqual({
      designId: DESIGN,
      afterSeq: 3,
    });
    expect(LeaveMessage.parse({ designId: DESIGN })).toEqual({ designId: DESIGN });
    expect(FocusMessage.parse({ designId: DESIGN, focus: { targetType: 'SKILL', targetId: SKILL } })).toEqual(
      {
        designId: DESIGN,
        focus: { targetType: 'SKILL', targetId: SKILL },
      },
    );
    expect(FocusMessage.parse({ designId: DESIGN, focus: null }).focus).toBeNull();
  });

  it('refuse malformed ones', () => {
    expect(JoinMessage.safeParse({ designId: 'not-a-uuid' }).success).toBe(false);
    expect(JoinMessage.safeParse({ designId: DESIGN, afterSeq: -1 }).success).toBe(false);
    expect(JoinMessage.safeParse('garbage').success).toBe(false);
    expect(
      FocusMessage.safeParse({ designId: DESIGN, focus: { targetType: 'NOPE', targetId: SKILL } }).success,
    ).toBe(false);
  });

  // The one text rule of @mc/errors, on every string of the message, known field or not.
  it.each([
    ['a NUL in an unknown field', { designId: DESIGN, note: 'a\u0000b' }],
    ['an unpaired surrogate in an unknown field', { designId: DESIGN, note: 'x\uD800' }],
    ['a control character in a nested unknown field', { designId: DESIGN, meta: { deep: ['ok', '\u0007'] } }],
    ['a control character in a key', { designId: DESIGN, ['k\u0001']: 1 }],
  ])('refuse a hostile string anywhere: %s', (_name, message) => {
    expect(JoinMessage.safeParse(message).success).toBe(false);
    expect(LeaveMessage.safeParse(message).success).toBe(false);
    expect(FocusMessage.safeParse({ ...message, focus: null }).success).toBe(false);
  });

  it('accept tabs, newlines and any real Unicode text in unknown fields', () => {
    expect(JoinMessage.safeParse({ designId: DESIGN, note: 'line\tone\r\nzwei 🎓 ü' }).success).toBe(true);
  });
});
