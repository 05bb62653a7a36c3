import { defaultKeymap } from '@codemirror/commands';
import { Compartment, EditorState, Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { withCaretNames } from './caret-names';

import './CollabTextEditor.css';

export interface CollabTextEditorProps {
  /** The shared text this editor shows and changes. */
  text: Y.Text;
  /** The document's awareness: my cursor goes out, the others' carets and selections come in. */
  awareness: Awareness | null;
  /** The id of the element that names the editor (its label). */
  labelledBy: string;
  /** Ids of the hint, limit and messages that describe it. */
  describedBy?: string;
  readOnly: boolean;
  invalid?: boolean;
  autoFocus?: boolean;
  onFocusChange?(focused: boolean): void;
  /** The whole text after each change, mine or someone else's. */
  onTextChange?(text: string): void;
}

/**
 * A plain-text editor bound to a `Y.Text` (CodeMirror 6 with y-codemirror.next's `yCollab`):
 * everyone's typing merges, the others' cursors and selections show with their names and
 * colours, and undo / redo (Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z) take back only my own changes
 * (a `Y.UndoManager` per editor that tracks only this editor's edits). Lines wrap; it reads
 * as a textarea to assistive technology (a multi-line text box named by `labelledBy`).
 */
export function CollabTextEditor(props: CollabTextEditorProps) {
  const { text, awareness } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const readOnly = useRef(new Compartment());
  const attributes = useRef(new Compartment());

  useEffect(() => {
    if (!host.current) return undefined;
    const undoManager = new Y.UndoManager(text);
    const current = latest.current;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: text.toString(),
        extensions: [
          keymap.of([...yUndoManagerKeymap, ...defaultKeymap]),
          EditorView.lineWrapping,
          yCollab(text, awareness && withCaretNames(awareness), { undoManager }),
          readOnly.current.of(readOnlyExtension(current.readOnly)),
          attributes.current.of(contentAttributes(current)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onTextChange?.(update.state.doc.toString());
            if (update.focusChanged) {
              const focused = update.view.hasFocus;
              if (!focused && awareness) clearMyCursor(awareness, text);
              latest.current.onFocusChange?.(focused);
            }
          }),
        ],
      }),
    });
    view.current = editor;
    if (current.autoFocus) editor.focus();
    return () => {
      if (awareness) clearMyCursor(awareness, text);
      view.current = null;
      editor.destroy();
      undoManager.destroy();
    };
  }, [text, awareness]);

  useEffect(() => {
    view.current?.dispatch({ effects: readOnly.current.reconfigure(readOnlyExtension(props.readOnly)) });
  }, [props.readOnly]);

  const { labelledBy, describedBy, invalid } = props;
  useEffect(() => {
    view.current?.dispatch({
      effects: attributes.current.reconfigure(contentAttributes({ labelledBy, describedBy, invalid })),
    });
  }, [labelledBy, describedBy, invalid]);

  return (
    <div
      ref={host}
      className={`collab-editor${props.readOnly ? ' collab-readonly' : ''}${invalid ? ' collab-invalid' : ''}`}
      data-live-editor=""
    />
  );
}

function readOnlyExtension(readOnly: boolean): Extension {
  return EditorState.readOnly.of(readOnly);
}

function contentAttributes({
  labelledBy,
  describedBy,
  invalid,
}: Pick<CollabTextEditorProps, 'labelledBy' | 'describedBy' | 'invalid'>): Extension {
  const attrs: Record<string, string> = { 'aria-labelledby': labelledBy };
  if (describedBy) attrs['aria-describedby'] = describedBy;
  if (invalid) attrs['aria-invalid'] = 'true';
  return EditorView.contentAttributes.of(attrs);
}

/** My caret leaves with the focus (else the others would see it parked in a field I left). */
function clearMyCursor(awareness: Awareness, text: Y.Text) {
  const cursor = (awareness.getLocalState() as { cursor?: { head?: unknown } } | null)?.cursor;
  if (!cursor?.head || !text.doc) return;
  const head = Y.createAbsolutePositionFromRelativePosition(
    Y.createRelativePositionFromJSON(cursor.head),
    text.doc,
  );
  if (head?.type === text) awareness.setLocalStateField('cursor', null);
}

/** The editor view inside a `CollabTextEditor`'s element (tests and the harness drive it). */
export function editorViewOf(element: Element): EditorView | null {
  const editor = element.querySelector('.cm-editor');
  return editor ? EditorView.findFromDOM(editor as HTMLElement) : null;
}
