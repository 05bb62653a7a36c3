import type { WorkspaceDesign } from '../design-query';
import { designFieldAnchor } from '../fields/design-field-defs';

export type ReadinessItem = WorkspaceDesign['readiness']['items'][number];

export const FRAMEWORK_LABELS: Record<ReadinessItem['framework'], string> = {
  EU_ANNEX_I: 'EU Council Recommendation, Annex I',
  BC_MICRO_CREDENTIAL: 'B.C. Micro-Credential Framework',
};

/** The items not met yet, framework by framework, in the API's order. */
export function missingByFramework(
  readiness: WorkspaceDesign['readiness'],
): Array<{ framework: ReadinessItem['framework']; items: ReadinessItem[] }> {
  const groups = new Map<ReadinessItem['framework'], ReadinessItem[]>();
  for (const item of readiness.items) {
    if (item.met) continue;
    groups.set(item.framework, [...(groups.get(item.framework) ?? []), item]);
  }
  return [...groups].map(([framework, items]) => ({ framework, items }));
}

/** The id of the readiness panel, which the stage bar's advice links to. */
export const READINESS_PANEL_ID = 'design-readiness';

/** How many EU Annex I elements `ready` still waits for (the level is "where applicable"). */
export function missingEuCount(readiness: WorkspaceDesign['readiness']): number {
  return readiness.items.filter((i) => i.framework === 'EU_ANNEX_I' && !i.met && i.field !== 'level').length;
}

/**
 * Brings a field of the workspace into view and puts the keyboard there: its Edit button when the
 * user may edit it, else the field itself. False when the page has no such field.
 */
export function focusField(field: string, root: Document = document): boolean {
  const place = root.getElementById(designFieldAnchor(field));
  if (!place) return false;
  place.scrollIntoView?.({ block: 'center' });
  // A short field's Edit button, or a long field's live editor.
  const edit = place.querySelector<HTMLElement>(
    'button.ws-edit:not(:disabled), [data-live-editor] .cm-content',
  );
  (edit ?? place).focus();
  return true;
}
