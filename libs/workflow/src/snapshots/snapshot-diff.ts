import type { DesignContent } from '@mc/designs';

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

const SKILL_PROPS = ['name', 'description', 'priority', 'frameworkRef'] as const;
const OUTCOME_PROPS = ['statement', 'bloomLevel', 'assessmentMethod', 'position', 'skillIds'] as const;

/**
 * What changed from one frozen design to another, path by path: design fields by name, skills and
 * outcomes by id (`outcomes[<id>].statement`); a whole added item has `before: null`, a removed one
 * `after: null`. The alignment is each outcome's `skillIds`.
 */
export function diffDesignContent(before: DesignContent, after: DesignContent): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of Object.keys({ ...before.fields, ...after.fields }) as Array<
    keyof DesignContent['fields']
  >) {
    const a = before.fields[key] ?? null;
    const b = after.fields[key] ?? null;
    if (!same(a, b)) changes.push({ path: key, before: a, after: b });
  }
  diffItems('skills', before.skills, after.skills, SKILL_PROPS, changes);
  diffItems('outcomes', before.outcomes, after.outcomes, OUTCOME_PROPS, changes);
  return changes;
}

function diffItems<T extends { id: string }>(
  collection: string,
  before: readonly T[],
  after: readonly T[],
  props: ReadonlyArray<keyof T & string>,
  changes: FieldChange[],
): void {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  for (const [id, item] of old)
    if (!now.has(id)) changes.push({ path: `${collection}[${id}]`, before: item, after: null });
  for (const [id, item] of now) {
    const previous = old.get(id);
    if (!previous) {
      changes.push({ path: `${collection}[${id}]`, before: null, after: item });
      continue;
    }
    for (const prop of props) {
      const a = previous[prop] ?? null;
      const b = item[prop] ?? null;
      if (!same(a, b)) changes.push({ path: `${collection}[${id}].${prop}`, before: a, after: b });
    }
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
