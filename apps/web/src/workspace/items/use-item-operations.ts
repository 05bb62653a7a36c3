import { TypedDocumentNode, useMutation } from 'urql';

import type { ItemOperations } from './item-kind';

/**
 * A column's add, update and remove, from its three GraphQL operations: an update sends the
 * draft's changes with `expectedVersion`, an addition answers the status line to show.
 */
export function useItemOperations<Draft, AddData, AddInput, UpdateInput extends { expectedVersion: number }>(
  designId: string,
  documents: {
    add: TypedDocumentNode<AddData, { designId: string; input: AddInput }>;
    update: TypedDocumentNode<unknown, { id: string; input: UpdateInput }>;
    remove: TypedDocumentNode<unknown, { id: string }>;
  },
  added: { input(draft: Draft): AddInput; status(data: AddData | undefined): string },
): ItemOperations<{ id: string }, Draft, Omit<UpdateInput, 'expectedVersion'>> {
  const [, add] = useMutation(documents.add);
  const [, update] = useMutation(documents.update);
  const [, remove] = useMutation(documents.remove);
  return {
    async add(draft) {
      const result = await add({ designId, input: added.input(draft) });
      return result.error ? { error: result.error } : { status: added.status(result.data) };
    },
    // The changes and the version make the whole input (TypeScript cannot see it of an Omit).
    update: (item, expectedVersion, changes) =>
      update({ id: item.id, input: { ...changes, expectedVersion } as UpdateInput }),
    remove: (item) => remove({ id: item.id }),
  };
}
