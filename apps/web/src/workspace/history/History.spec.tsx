import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';

import { Answer, makeDesign, makeProps, mockClient, present } from '../stage/workspace-fixture';

import { History } from './History';

const LAST = 60;

// Every fifth entry is a comment, the rest skills proposed.
const event = (seq: number) =>
  seq % 5 === 0
    ? {
        seq,
        type: 'comment.added',
        actor: { id: 'u-ana', displayName: 'Ana' },
        data: { body: `Comment ${seq}`, targetType: 'DESIGN' },
        at: '2025-01-01T10:00:00.000Z',
      }
    : {
        seq,
        type: 'skill.proposed',
        actor: { id: 'u-ana', displayName: 'Ana' },
        data: { name: `Skill ${seq}` },
        at: '2025-01-01T10:00:00.000Z',
      };

const api: Answer = ({ operation, variables }) => {
  if (operation === 'DesignHistoryHead') return { data: { design: { id: 'design-1', lastSeq: LAST } } };
  if (operation === 'DesignHistory') {
    const after = variables['afterSeq'] as number;
    const limit = variables['limit'] as number;
    const seqs = Array.from({ length: LAST }, (_, i) => i + 1).filter((s) => s > after && s <= after + limit);
    return { data: { design: { id: 'design-1', lastSeq: LAST, events: seqs.map(event) } } };
  }
  if (operation === 'CompareSnapshots') {
    return variables['fromId'] === variables['toId']
      ? { data: { compareSnapshots: [] } }
      : {
          data: {
            compareSnapshots: [
              { path: 'title', before: 'Old title', after: 'New title' },
              {
                path: 'assessmentApproach',
                before: 'A written exam at the end',
                after: 'A practical exam at the end',
              },
              { path: 'skills[skill-wiring].priority', before: 'IMPORTANT', after: 'ESSENTIAL' },
            ],
          },
        };
  }
  return {};
};

const snapshots = [
  { id: 'snap-1', revision: 3, stage: 'PARTNER_REVIEW' as const, takenAt: '2025-01-02T10:00:00.000Z' },
  { id: 'snap-2', revision: 5, stage: 'COMMITTEE_REVIEW' as const, takenAt: '2025-01-05T10:00:00.000Z' },
];

function renderHistory() {
  const mock = mockClient(api);
  render(
    <Provider value={mock.client}>
      <History {...makeProps(makeDesign({ snapshots }))} />
    </Provider>,
  );
  return mock;
}

const entries = () =>
  within(screen.getByRole('list', { name: 'Changes, newest first' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('span')?.textContent);

describe('History', () => {
  it('shows the 50 newest entries first as sentences, and older ones on "Show more"', async () => {
    const user = userEvent.setup();
    renderHistory();
    await screen.findByText('Ana proposed the skill “Skill 59”');
    expect(entries()).toHaveLength(50);
    expect(entries()[1]).toBe('Ana proposed the skill “Skill 59”');
    expect(entries()[49]).toBe('Ana proposed the skill “Skill 11”');
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByText('Ana proposed the skill “Skill 1”');
    expect(entries()).toHaveLength(60);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('filters by kind of change, over what is loaded and what "Show more" adds', async () => {
    const user = userEvent.setup();
    renderHistory();
    await screen.findByText('Ana proposed the skill “Skill 59”');
    await user.selectOptions(screen.getByLabelText('Show'), 'Comments');
    // Comments 15 … 60 are among the 50 newest entries (11 … 60).
    expect(entries()).toHaveLength(10);
    expect(entries().every((text) => text?.includes('comment'))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByText(/Comment 5\b/);
    expect(entries()).toHaveLength(12);
    await user.selectOptions(screen.getByLabelText('Show'), 'Stages and decisions');
    expect(screen.getByText('No change of this kind yet.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Show'), 'Every change');
    expect(entries()).toHaveLength(60);
  });

  it('compares two snapshots as a table of field labels, names and word-level changes', async () => {
    const user = userEvent.setup();
    const { calls } = renderHistory();
    // The last two snapshots are chosen at first.
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const table = await screen.findByRole('table');
    expect(calls.filter((c) => c.operation === 'CompareSnapshots')).toEqual([
      { operation: 'CompareSnapshots', variables: { fromId: 'snap-1', toId: 'snap-2' } },
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => Array.from(row.children).map((cell) => cell.textContent))).toEqual([
      ['Title', 'Old title', 'New title'],
      ['Assessment approach', 'A written exam at the end', 'A practical exam at the end'],
      ['Skill “Wiring” › Priority', 'Important', 'Essential'],
    ]);
    // Only the words that changed are marked.
    const approach = rows[1];
    expect(Array.from(present(approach).querySelectorAll('del')).map((d) => d.textContent)).toEqual([
      'written',
    ]);
    expect(Array.from(present(approach).querySelectorAll('ins')).map((d) => d.textContent)).toEqual([
      'practical',
    ]);

    await user.selectOptions(screen.getByLabelText('From snapshot'), 'snap-2');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(await screen.findByText('No differences')).toBeTruthy();
  });
});
