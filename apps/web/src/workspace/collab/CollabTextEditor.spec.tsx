import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { CollabTextEditor, editorViewOf } from './CollabTextEditor';
import { link, linkAwareness } from './test-live-documents';

/** Two people's copies of one document, kept in sync in memory as the server would relay them. */
function twoPeople() {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  const awareness = [new Awareness(docs[0]), new Awareness(docs[1])] as const;
  link(docs[0], docs[1]);
  link(docs[1], docs[0]);
  linkAwareness(awareness[0], awareness[1]);
  linkAwareness(awareness[1], awareness[0]);
  // What the server sets from each token.
  awareness[0].setLocalStateField('user', {
    id: 'u-ana',
    displayName: 'Ana Lee',
    color: 'hsl(200, 70%, 40%)',
  });
  awareness[1].setLocalStateField('user', {
    id: 'u-ben',
    displayName: 'Ben Roy',
    color: 'hsl(20, 70%, 40%)',
  });
  return { docs, awareness, texts: [docs[0].getText('statement'), docs[1].getText('statement')] as const };
}

function Editor({
  text,
  awareness,
  label,
  readOnly = false,
}: {
  text: Y.Text;
  awareness: Awareness;
  label: string;
  readOnly?: boolean;
}) {
  const id = label.replace(/\W/g, '');
  return (
    <div data-testid={label}>
      <span id={id}>{label}</span>
      <span id={`${id}-hint`}>At most 1000 characters</span>
      <CollabTextEditor
        text={text}
        awareness={awareness}
        labelledBy={id}
        describedBy={`${id}-hint`}
        readOnly={readOnly}
      />
    </div>
  );
}

const viewIn = (label: string) => {
  const view = editorViewOf(screen.getByTestId(label));
  if (!view) throw new Error(`no editor in ${label}`);
  return view;
};
const type = (label: string, at: number, insert: string) =>
  viewIn(label).dispatch({ changes: { from: at, insert }, userEvent: 'input.type' });

describe('CollabTextEditor', () => {
  it('is a multi-line text box named by its label and described by its hint', () => {
    const { texts, awareness } = twoPeople();
    render(<Editor text={texts[0]} awareness={awareness[0]} label="Statement" />);
    const box = screen.getByRole('textbox', { name: 'Statement' });
    expect(box.getAttribute('aria-multiline')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe('Statement-hint');
    expect(box.getAttribute('aria-readonly')).not.toBe('true');
  });

  it('shows the text the document already holds', () => {
    const { texts, awareness } = twoPeople();
    texts[1].insert(0, 'Diagnose a fault');
    render(<Editor text={texts[0]} awareness={awareness[0]} label="Statement" />);
    expect(viewIn('Statement').state.doc.toString()).toBe('Diagnose a fault');
  });

  it("merges two people's typing into one text on both screens", async () => {
    const { texts, awareness } = twoPeople();
    render(
      <>
        <Editor text={texts[0]} awareness={awareness[0]} label="Ana" />
        <Editor text={texts[1]} awareness={awareness[1]} label="Ben" />
      </>,
    );
    type('Ana', 0, 'Diagnose faults');
    type('Ben', 15, ' in control panels');
    type('Ana', 0, 'Safely ');
    const expected = 'Safely Diagnose faults in control panels';
    expect(texts[0].toString()).toBe(expected);
    expect(texts[1].toString()).toBe(expected);
    await waitFor(() => expect(viewIn('Ben').state.doc.toString()).toBe(expected));
    expect(viewIn('Ana').state.doc.toString()).toBe(expected);
    expect(screen.getByTestId('Ben').textContent).toContain(expected);
  });

  it("shows the other person's caret with their name", async () => {
    const { texts, awareness, docs } = twoPeople();
    texts[0].insert(0, 'Diagnose faults');
    render(<Editor text={texts[0]} awareness={awareness[0]} label="Ana" />);
    // Ben's cursor after "Diagnose", as his editor would publish it.
    const at = Y.createRelativePositionFromTypeIndex(docs[1].getText('statement'), 8);
    awareness[1].setLocalStateField('cursor', {
      anchor: Y.relativePositionToJSON(at),
      head: Y.relativePositionToJSON(at),
    });
    await waitFor(() =>
      expect(screen.getByTestId('Ana').querySelector('.cm-ySelectionInfo')?.textContent).toBe('Ben Roy'),
    );
    // He leaves: his caret goes.
    awareness[1].setLocalStateField('cursor', null);
    await waitFor(() => expect(screen.getByTestId('Ana').querySelector('.cm-ySelectionInfo')).toBeNull());
  });

  it('undoes only my own typing, not the other person’s', async () => {
    const { texts, awareness } = twoPeople();
    render(
      <>
        <Editor text={texts[0]} awareness={awareness[0]} label="Ana" />
        <Editor text={texts[1]} awareness={awareness[1]} label="Ben" />
      </>,
    );
    type('Ana', 0, 'Diagnose faults');
    type('Ben', 15, ' safely');
    expect(texts[0].toString()).toBe('Diagnose faults safely');
    const content = screen.getByTestId('Ana').querySelector('.cm-content') as HTMLElement;
    fireEvent.keyDown(content, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(texts[0].toString()).toBe(' safely');
    expect(texts[1].toString()).toBe(' safely');
    fireEvent.keyDown(content, { key: 'y', code: 'KeyY', ctrlKey: true });
    expect(texts[1].toString()).toBe('Diagnose faults safely');
  });

  it('read-only: says so to assistive technology, refuses typing, and still follows the others', async () => {
    const { texts, awareness } = twoPeople();
    const { rerender } = render(<Editor text={texts[0]} awareness={awareness[0]} label="Ana" readOnly />);
    const box = screen.getByRole('textbox', { name: 'Ana' });
    expect(box.getAttribute('aria-readonly')).toBe('true');
    expect(viewIn('Ana').state.readOnly).toBe(true);
    // A keystroke's command (delete) does nothing in a read-only editor.
    texts[1].insert(0, 'Their text');
    await waitFor(() => expect(viewIn('Ana').state.doc.toString()).toBe('Their text'));
    fireEvent.keyDown(box, { key: 'Backspace', code: 'Backspace' });
    fireEvent.keyDown(box, { key: 'Delete', code: 'Delete' });
    expect(texts[0].toString()).toBe('Their text');
    // Writable again (the design came back to drafting): the same editor, now editable.
    rerender(<Editor text={texts[0]} awareness={awareness[0]} label="Ana" readOnly={false} />);
    expect(screen.getByRole('textbox', { name: 'Ana' }).getAttribute('aria-readonly')).not.toBe('true');
    expect(viewIn('Ana').state.readOnly).toBe(false);
  });
});
