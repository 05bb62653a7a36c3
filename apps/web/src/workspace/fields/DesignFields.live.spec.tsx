import { act, render, screen, waitFor, within } from '@testing-library/react';
import { Provider } from 'urql';

import { writeDraft } from '../../auth/session-keeping';
import { LiveDocumentsContext } from '../collab/collab-context';
import { editorViewOf } from '../collab/CollabTextEditor';
import { TestLiveDocuments } from '../collab/test-live-documents';
import type { WorkspaceDesign } from '../design-query';

import { DesignFields } from './DesignFields';
import { makeDesign, mockClient, partProps } from './test-design';

const LONG_FIELDS = ['Summary', 'Target learners', 'Prerequisites', 'Assessment approach'];

function renderLive(design: WorkspaceDesign) {
  const documents = new TestLiveDocuments();
  const mock = mockClient(() => ({ data: {} }));
  const props = partProps(design);
  const view = render(
    <Provider value={mock.client}>
      <LiveDocumentsContext.Provider value={documents}>
        <DesignFields {...props} />
      </LiveDocumentsContext.Provider>
    </Provider>,
  );
  return { documents, mock, props, view, name: `design:${design.id}` };
}

const editorOf = (label: string) => {
  const box = screen.getByRole('textbox', { name: label });
  const view = editorViewOf(box.closest('[data-live-editor]')?.parentElement ?? box);
  if (!view) throw new Error(`${label} is not a live editor`);
  return view;
};

describe('DesignFields: the long texts while drafting', () => {
  it('are live editors on the design document, with no Edit button; the short fields keep theirs', () => {
    const { documents, name } = renderLive(makeDesign());
    expect([...documents.open.keys()]).toEqual([name]);
    for (const label of LONG_FIELDS) {
      expect(screen.queryByRole('button', { name: `Edit ${label}` })).toBeNull();
      expect(editorOf(label).state.readOnly).toBe(false);
    }
    expect(screen.getByRole('button', { name: 'Edit Title' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit Hours of learning' })).toBeTruthy();
  });

  it("show the others' typing as it happens, and mine goes into the shared text without a save", async () => {
    const { documents, name, mock } = renderLive(makeDesign());
    const shared = documents.get(name);
    act(() => shared.theirs.getText('summary').insert(0, 'Diagnose faults'));
    await waitFor(() => expect(editorOf('Summary').state.doc.toString()).toBe('Diagnose faults'));
    act(() => editorOf('Summary').dispatch({ changes: { from: 15, insert: ' safely' }, userEvent: 'input' }));
    expect(shared.theirs.getText('summary').toString()).toBe('Diagnose faults safely');
    // Each field is its own text.
    expect(shared.theirs.getText('targetLearners').toString()).toBe('');
    expect(mock.calls).toEqual([]);
    expect(screen.getByText(/22 of 5000 characters/)).toBeTruthy();
  });

  it('are read-only for those who may not edit, and when the server says the connection is read-only', () => {
    const design = makeDesign();
    const { documents, name, view } = renderLive({
      ...design,
      myPermissions: { ...design.myPermissions, canEdit: false },
    });
    expect(editorOf('Summary').state.readOnly).toBe(true);
    view.unmount();
    const again = renderLive(design);
    act(() => again.documents.get(again.name).set({ scope: 'readonly' }));
    expect(editorOf('Summary').state.readOnly).toBe(true);
    expect(screen.getAllByText(/you can watch, not change, this text/).length).toBe(LONG_FIELDS.length);
    expect(documents.open.has(name)).toBe(false);
  });

  it('say clearly when the server does not store a text over the limit', () => {
    const { documents, name } = renderLive(makeDesign());
    act(() =>
      documents.get(name).set({
        problems: [{ field: 'summary', problem: 'TOO_LONG', length: 5003, limit: 5000 }],
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/5003 characters, over the limit of 5000: it is not being saved/);
    const box = screen.getByRole('textbox', { name: 'Summary' });
    expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    act(() => documents.get(name).set({ problems: [] }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('show who else is in which field, from their cursors', async () => {
    const { documents, name } = renderLive(makeDesign());
    const shared = documents.get(name);
    act(() =>
      shared.theyPutCursor({ id: 'u-ana', displayName: 'Ana Lee', color: '#7a3e9d' }, 'prerequisites', 0),
    );
    const here = await screen.findByRole('list', { name: 'Also in Prerequisites' });
    expect(within(here).getByText('Ana Lee')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Also in Summary' })).toBeNull();
    act(() => shared.theyPutCursor({ id: 'u-ana', displayName: 'Ana Lee', color: '#7a3e9d' }, 'summary', 0));
    await screen.findByRole('list', { name: 'Also in Summary' });
    expect(screen.queryByRole('list', { name: 'Also in Prerequisites' })).toBeNull();
  });

  it('tell the others I am editing the design while I am in one of them', async () => {
    const { props } = renderLive(makeDesign());
    act(() => editorOf('Summary').focus());
    await waitFor(() =>
      expect(props.setFocus).toHaveBeenLastCalledWith({ targetType: 'DESIGN', targetId: makeDesign().id }),
    );
    act(() => editorOf('Summary').contentDOM.blur());
    await waitFor(() => expect(props.setFocus).toHaveBeenLastCalledWith(null));
  });

  it('a long text kept open from before live editing leaves the short fields editable', () => {
    writeDraft('design-1', 'editing', 'summary');
    renderLive(makeDesign());
    expect((screen.getByRole('button', { name: 'Edit Title' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('outside drafting open no live document and show the stored text', () => {
    const design = makeDesign({ stage: 'PARTNER_REVIEW' });
    const { documents } = renderLive({ ...design, summary: 'Stored summary' });
    expect(documents.open.size).toBe(0);
    expect(screen.getByText('Stored summary')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Summary' })).toBeNull();
  });
});
