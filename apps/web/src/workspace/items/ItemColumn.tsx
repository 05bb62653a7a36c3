import { ReactNode, useId } from 'react';

import { collabDocumentName } from '@mc/collab-contract';

import { useCollabDocument } from '../collab/collab-context';
import { AddRecordForm } from '../fields/AddRecordForm';
import type { FieldMessage } from '../fields/mutation-errors';
import { RecordEditor } from '../fields/RecordEditor';
import { useVersionedEdit } from '../fields/use-versioned-edit';
import { FocusMarker } from '../people/FocusMarker';
import type { WorkspacePartProps } from '../workspace-props';

import type { ItemKind, ItemOperations, LiveItem, WorkspaceItem } from './item-kind';
import { ItemActions } from './ItemActions';
import { ReturnFocus, useItemEditing } from './use-item-editing';

import './ItemColumn.css';

/**
 * The inputs of a draft; `live`: in an item's editor, whose long texts are typed into the item's
 * live document (null: the add form, where every input is the draft's).
 */
type DraftFields<Draft> = (
  draft: Draft,
  onChange: (draft: Draft) => void,
  errors: readonly FieldMessage[],
  live: LiveItem | null,
) => ReactNode;

/** What a card of the list gets besides its item: its place in the list, the shared pieces. */
export interface CardSlots {
  /** 1-based place in the list. */
  number: number;
  /** Who else is editing this item. */
  focusMarker: ReactNode;
  /** The item's actions: Edit, `buttons`, Remove, as `myPermissions` allows; `error` above them. */
  actions(extra?: { buttons?: ReactNode; error?: string | null }): ReactNode;
  /** Give focus back to one of this item's buttons after the list re-renders (a move). */
  returnFocus(action: ReturnFocus['action']): void;
}

/**
 * One column of items of a design (skills, outcomes): the list with a card each, the one editor
 * open at a time in place of its card, and the add form. What a person may add, edit and remove
 * is what the API says (`myPermissions`); what differs between kinds of item is `kind`'s data and
 * the card and fields given here.
 */
export function ItemColumn<
  Item extends WorkspaceItem,
  Draft,
  Changes extends object,
  Current extends { version: number },
>({
  kind,
  part,
  items,
  canAdd,
  operations,
  itemClassName,
  card,
  fields,
}: {
  kind: ItemKind<Item, Draft, Changes, Current>;
  part: WorkspacePartProps;
  items: readonly Item[];
  canAdd: boolean;
  operations: ItemOperations<{ id: string }, Draft, Changes>;
  itemClassName?(item: Item): string;
  card(item: Item, slots: CardSlots): ReactNode;
  fields: DraftFields<Draft>;
}) {
  const uid = useId();
  const { design, me, presence, setFocus, refresh } = part;
  const editing = useItemEditing(
    kind.targetType,
    setFocus,
    (id) => !!items.find((item) => item.id === id)?.myPermissions.canEdit,
    items.map((item) => item.id).join(),
  );
  const List = kind.ordered ? 'ol' : 'ul';

  return (
    <section aria-labelledby={`${uid}-heading`} className="ws-column" ref={editing.container}>
      <h2 id={`${uid}-heading`}>{kind.heading}</h2>
      {items.length === 0 ? (
        <p className="muted">{kind.emptyText}</p>
      ) : (
        <List className="plain ws-items">
          {items.map((item, index) => (
            <li
              key={item.id}
              className={`ws-item${itemClassName ? ` ${itemClassName(item)}` : ''}`}
              data-item-id={item.id}
            >
              {editing.editingId === item.id ? (
                <ItemEditor
                  kind={kind}
                  item={item}
                  number={index + 1}
                  part={part}
                  update={operations.update}
                  fields={fields}
                  onDone={(saved) => {
                    editing.finish();
                    if (saved) refresh();
                  }}
                />
              ) : (
                card(item, {
                  number: index + 1,
                  focusMarker: (
                    <FocusMarker
                      presence={presence}
                      meId={me.id}
                      targetType={kind.targetType}
                      targetId={item.id}
                    />
                  ),
                  actions: (extra = {}) => (
                    <ItemActions
                      itemName={kind.itemName(item, index + 1)}
                      canEdit={item.myPermissions.canEdit}
                      canRemove={item.myPermissions.canRemove}
                      editingSomething={editing.editingId !== null}
                      onEdit={() => editing.start(item.id)}
                      removeQuestion={kind.removeQuestion}
                      remove={() => operations.remove(item)}
                      removeFallback={`Could not remove the ${kind.noun}.`}
                      refresh={refresh}
                      error={extra.error}
                    >
                      {extra.buttons}
                    </ItemActions>
                  ),
                  returnFocus: (action) => editing.returnFocus({ id: item.id, action }),
                })
              )}
            </li>
          ))}
        </List>
      )}
      {canAdd && (
        <AddRecordForm<Draft>
          title={kind.addTitle}
          submitLabel={kind.addLabel}
          empty={kind.empty}
          validate={kind.validate}
          fallback={`Could not ${kind.addVerb} the ${kind.noun}.`}
          next={kind.afterAdd}
          normalize={kind.normalize && ((draft) => kind.normalize?.(draft, design) ?? draft)}
          refresh={refresh}
          send={operations.add}
        >
          {(draft, onChange, errors) => fields(draft, onChange, errors, null)}
        </AddRecordForm>
      )}
    </section>
  );
}

function ItemEditor<
  Item extends WorkspaceItem,
  Draft,
  Changes extends object,
  Current extends { version: number },
>({
  kind,
  item,
  number,
  part,
  update,
  fields,
  onDone,
}: {
  kind: ItemKind<Item, Draft, Changes, Current>;
  item: Item;
  number: number;
  part: WorkspacePartProps;
  update: ItemOperations<{ id: string }, Draft, Changes>['update'];
  fields: DraftFields<Draft>;
  onDone(saved: boolean): void;
}) {
  const document = useCollabDocument(collabDocumentName(kind.liveKind, item.id));
  const live: LiveItem = {
    document,
    readOnly: !item.myPermissions.canEdit,
    meId: part.me.id,
    stored: kind.liveTexts(item),
  };
  // The long texts are not in the draft's changes (they are typed live), so they never conflict.
  const edit = useVersionedEdit<Draft, Changes, Current>({
    current: kind.draftOf(item),
    version: item.version,
    validate: kind.validate,
    changes: kind.changes,
    send: (expectedVersion, changes) => update(item, expectedVersion, changes),
    fallback: `Could not save the ${kind.noun}.`,
    onDone,
    refresh: part.refresh,
  });
  return (
    <RecordEditor
      edit={edit}
      heading={kind.editHeading(number)}
      className="ws-item-form stack"
      inputPaths={kind.inputs}
      conflictTitle={`This ${kind.noun} changed while you were editing`}
      rows={(record) => kind.rows(record, part.design)}
      apply={kind.apply}
    >
      <p className="muted ws-note">{kind.liveNote}</p>
      {fields(edit.draft, edit.setDraft, edit.errors, live)}
    </RecordEditor>
  );
}
