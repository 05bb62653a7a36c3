import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';

import { LiveDocumentsContext } from '../collab/collab-context';
import { editorViewOf } from '../collab/CollabTextEditor';
import { TestLiveDocuments } from '../collab/test-live-documents';
import type { WorkspaceDesign } from '../design-query';
import { makeDesign, ME, mockClient, outcome, partProps, skill } from '../fields/test-design';
import { SkillsColumn } from '../skills/SkillsColumn';

import { OutcomesColumn } from './OutcomesColumn';

const wiring = skill('s-wiring', 'Reads wiring diagrams', 'ESSENTIAL');
const trace = outcome('o-trace', 1, 'Trace a fault through a wiring diagram', ['s-wiring'], {
  bloomLevel: 'ANALYZE',
  assessmentMethod: 'Practical exam',
});

function renderColumns(design: WorkspaceDesign) {
  const documents = new TestLiveDocuments();
  const mock = mockClient(() => ({ data: { updateOutcome: { id: 'o-trace', version: 2 } } }));
  const props = partProps(design, ME);
  render(
    <Provider value={mock.client}>
      <LiveDocumentsContext.Provider value={documents}>
        <SkillsColumn {...props} />
        <OutcomesColumn {...props} />
      </LiveDocumentsContext.Provider>
    </Provider>,
  );
  return { documents, ...mock, props };
}

const editorIn = (scope: HTMLElement, label: string) => {
  const box = within(scope).getByRole('textbox', { name: label });
  const view = editorViewOf(box.closest('[data-live-field]') ?? box);
  if (!view) throw new Error(`${label} is not a live editor`);
  return view;
};

describe('editing an outcome or a skill: the long texts are live', () => {
  it("opens the outcome's document only while its editor is open", async () => {
    const user = userEvent.setup();
    const { documents } = renderColumns(makeDesign({ skills: [wiring], outcomes: [trace] }));
    expect(documents.open.size).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Edit outcome O1' }));
    expect([...documents.open.keys()]).toEqual(['outcome:o-trace']);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(documents.open.size).toBe(0);
  });

  it('the statement typed live is never sent with Save, so it cannot conflict; the short fields are', async () => {
    const user = userEvent.setup();
    const { documents, calls } = renderColumns(makeDesign({ skills: [wiring], outcomes: [trace] }));
    const shared = documents.get('outcome:o-trace');
    shared.theirs.getText('statement').insert(0, trace.statement);
    await user.click(screen.getByRole('button', { name: 'Edit outcome O1' }));
    const form = screen.getByRole('form', { name: 'Edit outcome O1' });
    const statement = editorIn(form, 'Statement');
    expect(statement.state.doc.toString()).toBe(trace.statement);
    const check = form.querySelector('.ws-statement-check') as HTMLElement;
    const before = check.textContent;
    act(() => statement.dispatch({ changes: { from: 0, insert: 'Understand and ' }, userEvent: 'input' }));
    expect(shared.theirs.getText('statement').toString()).toBe(`Understand and ${trace.statement}`);
    // The checks under the statement follow the live text.
    await waitFor(() => expect(check.textContent).not.toBe(before));
    await user.selectOptions(within(form).getByLabelText('Bloom level'), 'EVALUATE');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(calls.map((c) => c.variables)).toEqual([
      { id: 'o-trace', input: { expectedVersion: 1, bloomLevel: 'EVALUATE' } },
    ]);
  });

  it("a skill's description is typed into the skill's document", async () => {
    const user = userEvent.setup();
    const { documents } = renderColumns(makeDesign({ skills: [wiring], outcomes: [] }));
    await user.click(screen.getByRole('button', { name: 'Edit skill Reads wiring diagrams' }));
    expect([...documents.open.keys()]).toEqual(['skill:s-wiring']);
    const form = screen.getByRole('form', { name: 'Edit skill' });
    act(() => editorIn(form, 'Description').dispatch({ changes: { from: 0, insert: 'Schematics' } }));
    expect(documents.get('skill:s-wiring').theirs.getText('description').toString()).toBe('Schematics');
  });

  it('the add forms keep plain text boxes (there is no record to share yet)', () => {
    renderColumns(makeDesign({ skills: [wiring], outcomes: [trace] }));
    const statement = screen.getByLabelText('Outcome statement');
    expect(statement.tagName).toBe('TEXTAREA');
  });
});
