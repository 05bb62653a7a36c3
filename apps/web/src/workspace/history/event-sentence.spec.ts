import { eventSentence, ItemNames, LogEntry } from './event-sentence';

const ana = { id: 'u-ana', displayName: 'Ana' };
const ben = { id: 'u-ben', displayName: 'Ben' };
const names: ItemNames = {
  skills: new Map([['s1', 'Wiring']]),
  outcomes: new Map([['o1', 'Trace a fault']]),
};

const entry = (type: string, data: unknown, actor: LogEntry['actor'] = ana): LogEntry => ({
  seq: 1,
  type,
  actor,
  data,
  at: '2025-01-01T10:00:00.000Z',
});

describe('a log entry as a sentence', () => {
  it.each([
    [
      entry('skill.proposed', { id: 's1', name: 'Wiring', priority: 'ESSENTIAL' }),
      'Ana proposed the skill “Wiring”',
    ],
    [
      entry(
        'stage.changed',
        { from: 'DRAFTING', to: 'PARTNER_REVIEW', rationale: 'Ready for partners' },
        ben,
      ),
      'Ben moved the design to Partner review: Ready for partners',
    ],
    [
      entry('stage.changed', { from: 'APPROVED', to: 'PUBLISHED', rationale: null }, ben),
      'Ben moved the design to Published',
    ],
    [
      entry('design.updated', { changed: ['title', 'targetLearners'] }),
      'Ana changed the title and target learners',
    ],
    [
      entry('outcome.added', { id: 'o1', statement: 'Trace a fault' }),
      'Ana added the outcome “Trace a fault”',
    ],
    [
      entry('comment.added', { targetType: 'SKILL', targetId: 's1', body: 'Enough?', parentId: null }),
      'Ana commented on the skill “Wiring”: “Enough?”',
    ],
    [entry('comment.resolved', { resolved: false }), 'Ana reopened a comment'],
    [
      entry('suggestion.added', {
        targetType: 'DESIGN',
        field: 'targetLearners',
        proposedText: 'Apprentices',
      }),
      'Ana suggested new wording for the target learners of the design: “Apprentices”',
    ],
    [
      entry(
        'suggestion.rejected',
        { targetType: 'SKILL', targetId: 's1', field: 'name', decisionNote: 'No' },
        ben,
      ),
      'Ben rejected a suggestion for the name of the skill “Wiring”: “No”',
    ],
    [
      entry('decision.recorded', { kind: 'APPROVE', revision: 4, note: 'Good' }, ben),
      'Ben voted to approve the design (revision 4): “Good”',
    ],
    [
      entry('participant.joined', { user: { id: 'u-ana', displayName: 'Ana' }, role: 'EMPLOYER_PARTNER' }),
      'Ana joined as employer partner',
    ],
    [
      entry('invitation.resent', { invitation: { id: 'i1', email: 'olga@example.org', role: 'OBSERVER' } }),
      'Ana sent a new invitation link to olga@example.org',
    ],
    [
      entry('invitation.revoked', { invitation: { id: 'i1', email: 'olga@example.org', role: 'OBSERVER' } }),
      'Ana withdrew the invitation of olga@example.org',
    ],
    [entry('something.new', {}, null), 'The system: something.new'],
  ])('%#: %s', (logEntry, sentence) => {
    expect(eventSentence(logEntry, names)).toBe(sentence);
  });
});
