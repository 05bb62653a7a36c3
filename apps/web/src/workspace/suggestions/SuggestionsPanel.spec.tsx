import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';

import type { WorkspaceSuggestion } from '../design-query';
import { DesignFields } from '../fields/DesignFields';
import { Answer, makeDesign, makeProps, mockClient, PEOPLE, propsAs } from '../stage/workspace-fixture';
import type { WorkspacePartProps } from '../workspace-props';

import { SuggestionsPanel } from './SuggestionsPanel';

function suggestion(overrides: Partial<WorkspaceSuggestion> = {}): WorkspaceSuggestion {
  return {
    id: 's1',
    targetType: 'DESIGN',
    targetId: 'design-1',
    field: 'summary',
    baseText: 'Learners fix motors',
    proposedText: 'Learners diagnose and fix motors',
    note: 'Diagnosis is the hard part',
    status: 'OPEN',
    decisionNote: null,
    currentText: 'Learners fix motors',
    outdated: false,
    createdAt: '2025-01-03T10:00:00.000Z',
    author: { id: PEOPLE.ana.id, displayName: PEOPLE.ana.displayName },
    decidedBy: null,
    myPermissions: { canAccept: true, canReject: true },
    ...overrides,
  };
}

function renderPanel(props: WorkspacePartProps, answer: Answer = () => ({ data: {} })) {
  const mock = mockClient(answer);
  render(
    <Provider value={mock.client}>
      <SuggestionsPanel {...props} />
    </Provider>,
  );
  return mock;
}

describe('the suggestions list', () => {
  it('shows each open suggestion as a word diff against the current text, to everyone', () => {
    const props = propsAs('OBSERVER', 'DRAFTING', {
      summary: 'Learners fix motors',
      suggestions: [suggestion({ myPermissions: { canAccept: false, canReject: false } })],
    });
    renderPanel(props);
    const item = screen.getByRole('listitem', { name: 'Suggestion for Summary' });
    expect(within(item).getByText('diagnose and', { exact: false, selector: 'ins' })).toBeTruthy();
    expect(item.textContent).toContain('Ana Lee');
    expect(item.textContent).toContain('Diagnosis is the hard part');
    expect(within(item).queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(within(item).queryByRole('button', { name: 'Reject' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Suggest a change' })).toBeNull();
  });

  it('marks an outdated suggestion, and diffs it against the text as it is now', () => {
    renderPanel(
      makeProps(
        makeDesign({
          summary: 'Learners repair motors',
          suggestions: [
            suggestion({
              currentText: 'Learners repair motors',
              outdated: true,
              myPermissions: { canAccept: false, canReject: true },
            }),
          ],
        }),
      ),
    );
    const item = screen.getByRole('listitem', { name: 'Suggestion for Summary' });
    expect(within(item).getByText(/Outdated/)).toBeTruthy();
    expect(within(item).getByText('repair', { selector: 'del' })).toBeTruthy();
    expect(within(item).queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(within(item).getByRole('button', { name: 'Reject' })).toBeTruthy();
  });

  it('accepts inline, then reloads the design', async () => {
    const user = userEvent.setup();
    const props = makeProps(makeDesign({ suggestions: [suggestion()] }));
    const { calls } = renderPanel(props, () => ({
      data: { acceptSuggestion: { id: 's1', status: 'ACCEPTED' } },
    }));
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(calls).toEqual([{ operation: 'AcceptSuggestion', variables: { id: 's1' } }]);
    expect(props.refresh).toHaveBeenCalled();
  });

  it('says so when accepting meets a CONFLICT', async () => {
    const user = userEvent.setup();
    renderPanel(makeProps(makeDesign({ suggestions: [suggestion()] })), () => ({
      errors: [{ message: 'changed', extensions: { code: 'CONFLICT', current: 'Other' } }],
    }));
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/changed since/);
  });

  it('rejecting asks for a note, and sends it', async () => {
    const user = userEvent.setup();
    const { calls } = renderPanel(makeProps(makeDesign({ suggestions: [suggestion()] })), () => ({
      data: { rejectSuggestion: { id: 's1', status: 'REJECTED', decisionNote: 'Too long' } },
    }));
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    const form = screen.getByRole('form', { name: 'Reject suggestion' });
    await user.click(within(form).getByRole('button', { name: 'Reject' }));
    expect(screen.getByRole('alert').textContent).toMatch(/why/i);
    expect(calls).toEqual([]);
    await user.type(within(form).getByLabelText(/Why not/), 'Too long');
    await user.click(within(form).getByRole('button', { name: 'Reject' }));
    expect(calls).toEqual([{ operation: 'RejectSuggestion', variables: { id: 's1', note: 'Too long' } }]);
  });

  it('lists decided suggestions apart, with who decided and why', () => {
    renderPanel(
      makeProps(
        makeDesign({
          suggestions: [
            suggestion({
              status: 'REJECTED',
              decidedBy: { id: PEOPLE.lena.id, displayName: PEOPLE.lena.displayName },
              decisionNote: 'Not for now',
              myPermissions: { canAccept: false, canReject: false },
            }),
          ],
        }),
      ),
    );
    expect(screen.getByText('No open suggestions.')).toBeTruthy();
    expect(screen.getByText(/Rejected by Lena Lead: “Not for now”/)).toBeTruthy();
  });
});

describe('suggesting', () => {
  it('from the panel: any field of the design, its skills and outcomes, prefilled with its text', async () => {
    const user = userEvent.setup();
    const props = propsAs('EMPLOYER_PARTNER', 'PARTNER_REVIEW', { summary: 'Learners fix motors' });
    const { calls } = renderPanel(props, () => ({ data: { suggestChange: { id: 's2', status: 'OPEN' } } }));
    await user.click(screen.getByRole('button', { name: 'Suggest a change' }));
    await user.selectOptions(screen.getByLabelText('Field'), 'Summary');
    const text = screen.getByLabelText(/Suggested wording for Summary/) as HTMLTextAreaElement;
    expect(text.value).toBe('Learners fix motors');
    await user.clear(text);
    await user.type(text, 'Learners diagnose motors');
    await user.click(screen.getByRole('button', { name: 'Send suggestion' }));
    expect(calls).toEqual([
      {
        operation: 'SuggestChange',
        variables: {
          input: {
            designId: 'design-1',
            targetType: 'DESIGN',
            targetId: 'design-1',
            field: 'summary',
            proposedText: 'Learners diagnose motors',
            note: null,
          },
        },
      },
    ]);
    expect(props.refresh).toHaveBeenCalled();
  });

  it('from a field of the design record: a "Suggest" action beside it opens the small form', async () => {
    const user = userEvent.setup();
    const props = propsAs('EMPLOYER_PARTNER', 'DRAFTING', { summary: 'Old words' });
    const mock = mockClient(() => ({ data: { suggestChange: { id: 's3', status: 'OPEN' } } }));
    render(
      <Provider value={mock.client}>
        <DesignFields {...props} />
      </Provider>,
    );
    expect(screen.queryByRole('button', { name: 'Edit Summary' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Suggest Summary' }));
    const form = screen.getByRole('form', { name: 'Suggest wording for Summary' });
    await user.type(within(form).getByLabelText(/Suggested wording/), ', fewer of them');
    await user.type(within(form).getByLabelText('Note (optional)'), 'Clearer');
    await user.click(within(form).getByRole('button', { name: 'Send suggestion' }));
    expect(mock.calls[0]).toMatchObject({
      operation: 'SuggestChange',
      variables: { input: { field: 'summary', proposedText: 'Old words, fewer of them', note: 'Clearer' } },
    });
  });

  it('an observer has no Suggest action', () => {
    const props = propsAs('OBSERVER', 'DRAFTING', { summary: 'Old words' });
    render(
      <Provider value={mockClient(() => ({ data: {} })).client}>
        <DesignFields {...props} />
      </Provider>,
    );
    expect(screen.queryByRole('button', { name: /^Suggest/ })).toBeNull();
  });
});
