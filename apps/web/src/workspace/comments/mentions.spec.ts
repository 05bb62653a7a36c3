import { findMentionTrigger, splitMentions } from './mentions';

const people = [
  { id: 'ana', displayName: 'Ana Lee', email: 'ana@aurora.com' },
  { id: 'ben', displayName: 'Ben Ode', email: 'ben@college.ca' },
];

describe('mentions', () => {
  it('finds the mention being typed only after a non-word character', () => {
    expect(findMentionTrigger('Hi @An', 6)).toEqual({ start: 3, query: 'An' });
    expect(findMentionTrigger('mail ana@aurora', 15)).toBeNull();
    expect(findMentionTrigger('@Ana\nnext', 9)).toBeNull();
  });

  it('splits a body into text and the mentions the API recognized, by name, email or local part', () => {
    const parts = splitMentions(
      '@ana lee, @ben@college.ca and @ben: see @nobody',
      people,
      new Set(['ana', 'ben']),
    );
    expect(parts.filter((p) => p.mentionOf).map((p) => [p.text, p.mentionOf])).toEqual([
      ['@ana lee', 'ana'],
      ['@ben@college.ca', 'ben'],
      ['@ben', 'ben'],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('@ana lee, @ben@college.ca and @ben: see @nobody');
  });

  it('does not highlight a name the API did not count as a mention', () => {
    expect(splitMentions('@Ana Lee', people, new Set()).some((p) => p.mentionOf)).toBe(false);
  });
});
