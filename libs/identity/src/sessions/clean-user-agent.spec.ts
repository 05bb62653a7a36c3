import { cleanUserAgent, USER_AGENT_MAX } from './session.service';

describe('cleanUserAgent (any header a client sends becomes storable text)', () => {
  it('answers null for a missing or blank header', () => {
    expect(cleanUserAgent(undefined)).toBeNull();
    expect(cleanUserAgent(null)).toBeNull();
    expect(cleanUserAgent('   \t ')).toBeNull();
  });

  it('replaces NUL and other control characters (PostgreSQL refuses NUL in text)', () => {
    expect(cleanUserAgent('A\u0000B\u001fC\u007fD')).toBe('A B C D');
  });

  it('replaces lone surrogates and keeps proper pairs', () => {
    expect(cleanUserAgent('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(cleanUserAgent('phone 📱')).toBe('phone 📱');
  });

  it(`keeps at most ${USER_AGENT_MAX} characters, counted as PostgreSQL counts them (code points)`, () => {
    const cleaned = cleanUserAgent('📱'.repeat(USER_AGENT_MAX + 10)) ?? '';
    expect([...cleaned]).toHaveLength(USER_AGENT_MAX);
    expect(cleaned).toBe('📱'.repeat(USER_AGENT_MAX));
  });
});
