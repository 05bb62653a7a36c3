import * as Y from 'yjs';

import { COLLAB_FIELD_LIMITS } from '@mc/collab-contract';
import { DESIGN_LIMITS } from '@mc/designs';

import { storableTexts } from './field-texts';
import { applyTextEdit, textEdit } from './text-diff';

describe('textEdit', () => {
  it('changes only what lies between the common prefix and suffix', () => {
    expect(textEdit('hello world', 'hello brave world')).toEqual({ index: 6, remove: 0, insert: 'brave ' });
    expect(textEdit('abcdef', 'abXYef')).toEqual({ index: 2, remove: 2, insert: 'XY' });
    expect(textEdit('same', 'same')).toBeNull();
    expect(textEdit('', 'new')).toEqual({ index: 0, remove: 0, insert: 'new' });
    expect(textEdit('gone', '')).toEqual({ index: 0, remove: 4, insert: '' });
  });

  it('never splits a surrogate pair', () => {
    // 😀 is \uD83D\uDE00, 😁 is \uD83D\uDE01: they share the high surrogate.
    expect(textEdit('a😀b', 'a😁b')).toEqual({ index: 1, remove: 2, insert: '😁' });
  });

  it('keeps a remote cursor in the unchanged part where it was', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'The quick fox jumps');
    const cursor = Y.createRelativePositionFromTypeIndex(text, 14); // before "jumps"
    applyTextEdit(text, 'The quick brown fox jumps');
    const moved = Y.createAbsolutePositionFromRelativePosition(cursor, doc);
    expect(text.toString()).toBe('The quick brown fox jumps');
    expect(moved?.index).toBe(20);
  });
});

describe('storableTexts', () => {
  it('trims, stores empty as null, and leaves out what GraphQL would refuse', () => {
    const { texts, problems } = storableTexts('outcome', {
      statement: '   ',
      assessmentMethod: `  ${'x'.repeat(10)}  `,
    });
    expect(texts).toEqual({ assessmentMethod: 'x'.repeat(10) });
    expect(problems).toEqual([{ field: 'statement', problem: 'REQUIRED' }]);

    const long = storableTexts('design', {
      summary: 'y'.repeat(5_001),
      targetLearners: '',
      prerequisites: 'a\u0000b',
    });
    expect(long.texts).toEqual({ targetLearners: null, assessmentApproach: null });
    expect(long.problems.map((p) => [p.field, p.problem])).toEqual([
      ['summary', 'TOO_LONG'],
      ['prerequisites', 'UNSAFE_TEXT'],
    ]);
  });

  it('uses the limits of the GraphQL inputs', () => {
    expect(COLLAB_FIELD_LIMITS).toEqual({
      design: {
        summary: DESIGN_LIMITS.summary,
        targetLearners: DESIGN_LIMITS.longText,
        prerequisites: DESIGN_LIMITS.longText,
        assessmentApproach: DESIGN_LIMITS.longText,
      },
      outcome: { statement: DESIGN_LIMITS.statement, assessmentMethod: DESIGN_LIMITS.longText },
      skill: { description: DESIGN_LIMITS.longText },
    });
  });
});
