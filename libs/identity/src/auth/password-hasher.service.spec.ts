import * as argon2 from 'argon2';

import { PasswordHasher } from './password-hasher.service';

/** The parameters of a PHC string such as `$argon2id$v=19$m=19456,t=2,p=1$salt$hash`. */
function parametersOf(hash: string): { type: string; m: number; t: number; p: number } {
  const [, type, , parameters] = hash.split('$');
  const values = Object.fromEntries(
    (parameters ?? '').split(',').map((pair) => pair.split('=') as [string, string]),
  );
  return { type: type ?? '', m: Number(values['m']), t: Number(values['t']), p: Number(values['p']) };
}

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with Argon2id at the configured cost: 19 MiB, 2 passes, 1 lane', async () => {
    // Written out, not read from the code: cutting the cost must fail here.
    expect(parametersOf(await hasher.hash('a long enough password'))).toEqual({
      type: 'argon2id',
      m: 19_456,
      t: 2,
      p: 1,
    });
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hasher.hash('a long enough password');
    expect(await hasher.verify(hash, 'a long enough password')).toBe(true);
    expect(await hasher.verify(hash, 'a long enough passworD')).toBe(false);
  });

  it.each([
    ['an empty stored hash', ''],
    ['no account', undefined],
    ['a malformed stored hash', '$argon2id$v=19$m=19456,t=2,p=1$'],
    ['a stored value that is no hash', 'the right password'],
  ])('refuses %s, whatever the password', async (_case, stored) => {
    for (const password of ['', 'the right password', '$argon2id$']) {
      expect(await hasher.verify(stored, password)).toBe(false);
    }
  });

  it('refuses a hash it did not make (Argon2i), even of the right password', async () => {
    const foreign = await argon2.hash('the right password', { type: argon2.argon2i });
    expect(await argon2.verify(foreign, 'the right password')).toBe(true); // a valid hash, just not ours
    expect(await hasher.verify(foreign, 'the right password')).toBe(false);
  });
});
