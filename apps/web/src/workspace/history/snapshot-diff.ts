import { DESIGN_FIELDS } from '../fields/design-field-defs';

/** One run of words in a word-level comparison: kept, or only in the before / after text. */
export interface WordPart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

const MAX_WORDS = 400;

/**
 * The words two texts share and those they do not (a longest common subsequence over words and
 * the spaces between them). Longer texts than MAX_WORDS are shown as a whole change: the table cell
 * stays readable and the work stays small.
 */
export function wordDiff(before: string, after: string): WordPart[] {
  const a = before.split(/(\s+)/).filter(Boolean);
  const b = after.split(/(\s+)/).filter(Boolean);
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    return [
      { text: before, change: 'removed' },
      { text: after, change: 'added' },
    ];
  }
  // lcs[i * width + j]: how many words a[i..] and b[j..] have in common, in order.
  const width = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * width);
  const common = (i: number, j: number) => lcs[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? common(i + 1, j + 1) + 1 : Math.max(common(i + 1, j), common(i, j + 1));
    }
  }
  const parts: WordPart[] = [];
  const push = (text: string | undefined, change: WordPart['change']) => {
    if (text === undefined) return;
    const last = parts[parts.length - 1];
    if (last?.change === change) last.text += text;
    else parts.push({ text, change });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(a[i], 'same');
      i++;
      j++;
    } else if (common(i + 1, j) >= common(i, j + 1)) push(a[i++], 'removed');
    else push(b[j++], 'added');
  }
  while (i < a.length) push(a[i++], 'removed');
  while (j < b.length) push(b[j++], 'added');
  return parts;
}

const RECORD_LABELS = new Map<string, string>(DESIGN_FIELDS.map((def) => [def.key, def.label]));

const ITEM_LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  priority: 'Priority',
  framework: 'Framework',
  frameworkRef: 'Framework reference',
  statement: 'Statement',
  bloomLevel: 'Bloom level',
  assessmentMethod: 'Assessment method',
  position: 'Position',
  skillIds: 'Skills',
  skills: 'Skills',
  status: 'Status',
  stage: 'Stage',
  revision: 'Revision',
};

/** A key of the record or of an item as the form names it: `assessmentApproach` → "Assessment approach". */
export function fieldLabel(key: string): string {
  const known = RECORD_LABELS.get(key) ?? ITEM_LABELS[key];
  if (known) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An enum value as words: `ESSENTIAL` → "Essential", `IN_PERSON` → "In person". */
function enumWords(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A stored value as a reader sees it: ids become the names of the skills and outcomes they are,
 * enums become words, an item becomes "Label: value" lines; never raw JSON.
 */
export function readableValue(value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') {
    const name = names.get(value);
    if (name) return name;
    return /^[A-Z][A-Z_]+$/.test(value) ? enumWords(value) : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value.length ? value.map((item) => readableValue(item, names)).join(', ') : '—';
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'id' && !key.endsWith('At') && !key.endsWith('ById'))
      .map(([key, item]) => `${fieldLabel(key)}: ${readableValue(item, names)}`)
      .join('\n');
  }
  return String(value);
}
