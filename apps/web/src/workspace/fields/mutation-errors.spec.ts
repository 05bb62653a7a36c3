import { errorSentence, GraphQLishError } from './mutation-errors';

const refused = (code: string, message = 'refused'): GraphQLishError => ({
  graphQLErrors: [{ message, extensions: { code } }],
});

describe('errorSentence', () => {
  const fallback = 'Could not save the change.';

  it('says why a save failed, in the words of each error code', () => {
    expect(errorSentence(refused('UNAVAILABLE'), fallback)).toMatch(
      /^Could not save the change\. The server is unavailable for a moment/,
    );
    expect(errorSentence(refused('INTERNAL_SERVER_ERROR'), fallback)).toContain('an internal error');
    expect(errorSentence(refused('UNAUTHENTICATED'), fallback)).toContain('Your session has ended');
    expect(errorSentence(refused('FORBIDDEN'), fallback)).toBe('You may not make this change.');
    expect(errorSentence(refused('PRECONDITION_FAILED'), fallback)).toBe(
      'This can change only while the design is being drafted.',
    );
    expect(errorSentence(refused('RATE_LIMITED'), fallback)).toContain('Too many changes');
    expect(errorSentence(refused('BAD_USER_INPUT', 'Title is too long'), fallback)).toBe('Title is too long');
  });

  it('says the server could not be reached when no answer came', () => {
    const offline: GraphQLishError = { graphQLErrors: [], networkError: new TypeError('Failed to fetch') };
    expect(errorSentence(offline, fallback)).toBe(
      'Could not save the change. The server could not be reached; what you typed is still here, try again when it is back.',
    );
  });

  it('keeps the plain sentence for an unknown code', () => {
    expect(errorSentence(refused('SOMETHING_NEW'), fallback)).toBe(fallback);
  });
});
