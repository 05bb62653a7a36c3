import { findUnsafeText, unsafeTextReason } from './text-input';

describe('the text input rule', () => {
  it.each([
    ['plain text', 'Design a welding credential'],
    ['tab, newline and carriage return', 'a\tb\nc\r\nd'],
    ['accents, CJK and emoji (paired surrogates)', 'Café 設計 🎓👩🏽‍🏫'],
    ['the empty string', ''],
  ])('accepts %s', (_name, value) => {
    expect(unsafeTextReason(value)).toBeNull();
  });

  it.each([
    ['a NUL byte', 'a\u0000b', /NUL/],
    ['a lone high surrogate', 'x\ud800', /surrogate/],
    ['a lone high surrogate before text', '\ud800x', /surrogate/],
    ['a lone low surrogate', '\udc00x', /surrogate/],
    ['reversed surrogates', '\udc00\ud800', /surrogate/],
    ['a bell', 'a\u0007', /control/],
    ['an escape', '\u001b[31m', /control/],
    ['a vertical tab', 'a\u000bb', /control/],
    ['DEL', 'a\u007f', /control/],
    ['a C1 control', 'a\u0085', /control/],
  ])('refuses %s', (_name, value, reason) => {
    expect(unsafeTextReason(value)).toMatch(reason);
  });

  it('names the path of every refused string inside objects and arrays', () => {
    expect(
      findUnsafeText({ title: 'ok', skills: [{ name: 'fine' }, { name: 'bad\u0000' }], n: 3 }, 'input'),
    ).toEqual([{ field: 'input.skills.1.name', message: expect.stringMatching(/NUL/) }]);
    expect(findUnsafeText('x\ud800', 'email')).toEqual([
      { field: 'email', message: expect.stringMatching(/surrogate/) },
    ]);
    expect(findUnsafeText({ a: ['fine', 7, null] }, 'input')).toEqual([]);
  });
});
