import { parseMentions } from './mention-parser';

const ada = { id: 'a', email: 'ada@college.ca', displayName: 'Ada Lovelace' };
const alan = { id: 't', email: 'alan@employer.com', displayName: 'Alan' };
const alanB = { id: 'b', email: 'alan@other.org', displayName: 'Alan Brown' };

describe('parseMentions', () => {
  it('finds participants by email, display name and unique email local part', () => {
    expect(parseMentions('@ada@college.ca please look', [ada, alan])).toEqual(['a']);
    expect(parseMentions('thanks @Ada Lovelace!', [ada, alan])).toEqual(['a']);
    expect(parseMentions('(@ada) and @alan', [ada, alan]).sort()).toEqual(['a', 't']);
  });

  it('prefers the longest display name', () => {
    expect(parseMentions('@Alan Brown agrees', [alan, alanB])).toEqual(['b']);
    expect(parseMentions('@Alan agrees', [alan, alanB])).toEqual(['t']);
  });

  it('ignores an ambiguous local part, unknown names, emails in text and partial words', () => {
    expect(parseMentions('@alan@other.org yes, but @alanx no', [alan, alanB])).toEqual(['b']);
    expect(parseMentions('write to ada@college.ca or @nobody', [ada])).toEqual([]);
    expect(parseMentions('@Adam and @Ada_L', [ada])).toEqual([]);
  });

  it('mentions each person once', () => {
    expect(parseMentions('@ada @Ada Lovelace @ada@college.ca', [ada])).toEqual(['a']);
  });
});
