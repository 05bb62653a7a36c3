import { returnPath } from './return-path';

describe('returnPath', () => {
  it('follows a `next` that is a path of this app', () => {
    expect(returnPath('?next=%2Finvitations%2Fabc')).toBe('/invitations/abc');
    expect(returnPath('?email=a%40b.org&next=/designs/1')).toBe('/designs/1');
  });

  it.each([
    ['no next', ''],
    ['a full URL', '?next=https://evil.example/'],
    ['a protocol-relative URL', '?next=//evil.example/'],
    ['a backslash that browsers read as //', '?next=/%5Cevil.example/'],
    ['the log-in page itself', '?next=/login'],
    ['a relative path', '?next=designs/1'],
  ])('goes home for %s', (_case, search) => {
    expect(returnPath(search)).toBe('/');
  });
});
