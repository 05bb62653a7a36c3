/**
 * The Markdown brief a committee package carries: what the design says (fields, skills, outcomes),
 * how the outcomes cover the skills, what is still being discussed and who decided what so far.
 * Pure: the caller gathers the content, the open threads and the decisions.
 */
import type { DesignContent, OutcomeContent, SkillContent } from '../snapshots/design-content';

export interface BriefThread {
  target: string;
  author: string;
  body: string;
  replies: Array<{ author: string; body: string }>;
}

export interface BriefDecision {
  user: string;
  role: string;
  kind: string;
  revision: number;
  note: string | null;
  at: string;
}

export interface CommitteeBriefExtras {
  openThreads: BriefThread[];
  decisions: BriefDecision[];
  stage: string;
}

type Fields = DesignContent['fields'];

/** The fields table's rows, in this order; a new field fails to compile until it has a label. */
const FIELD_LABELS: Record<keyof Fields, string> = {
  title: 'Title',
  summary: 'Summary',
  sector: 'Sector',
  targetLearners: 'Target learners',
  prerequisites: 'Prerequisites',
  hours: 'Hours',
  deliveryMode: 'Delivery mode',
  language: 'Language',
  assessmentApproach: 'Assessment approach',
  participationForm: 'Participation form',
  qualityAssurance: 'Quality assurance',
  creditValue: 'Credit value',
  stackability: 'Stackability',
  price: 'Price',
  validityPeriod: 'Validity period',
};

const NONE = 'None';
const CHECK = '✓';

export function buildCommitteeBrief(content: DesignContent, extras: CommitteeBriefExtras): string {
  const sections = [
    [
      `# ${inline(content.fields.title)}`,
      '',
      `**Stage:** ${inline(label(extras.stage))} · **Revision:** ${content.revision}` +
        (content.institution.name.trim() ? ` · **Institution:** ${inline(content.institution.name)}` : ''),
    ],
    ['## Fields', '', ...fieldsTable(content.fields)],
    ['## Skills', '', ...skillsTable(content.skills)],
    ['## Learning outcomes', '', ...outcomesTable(content)],
    ['## Alignment matrix', '', ...alignmentMatrix(content)],
    ['## Open comment threads', '', ...threads(extras.openThreads)],
    ['## Decisions so far', '', ...decisionsTable(extras.decisions)],
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function fieldsTable(fields: Fields): string[] {
  const rows = (Object.keys(FIELD_LABELS) as Array<keyof Fields>).flatMap((key) => {
    const value = fields[key];
    if (value === null || (typeof value === 'string' && !value.trim())) return [];
    return [[FIELD_LABELS[key], key === 'deliveryMode' ? label(String(value)) : String(value)]];
  });
  return table(['Field', 'Value'], rows);
}

function skillsTable(skills: SkillContent[]): string[] {
  return table(
    ['Skill', 'Priority', 'Framework reference', 'Proposed by'],
    skills.map((skill) => [skill.name, label(skill.priority), frameworkReference(skill), proposer(skill)]),
  );
}

function outcomesTable(content: DesignContent): string[] {
  return table(
    ['Position', 'Outcome', 'Bloom level', 'Assessment'],
    byPosition(content).map((outcome) => [
      String(outcome.position),
      outcome.statement,
      label(outcome.bloomLevel),
      outcome.assessmentMethod ?? '',
    ]),
  );
}

/**
 * Outcomes down, skills across, ✓ where an outcome covers a skill; a last row marks the skills no
 * outcome covers, and a line after the table names them, essential ones in bold.
 */
function alignmentMatrix(content: DesignContent): string[] {
  if (content.skills.length === 0) return [NONE];
  const outcomes = byPosition(content);
  const covered = new Set(outcomes.flatMap((outcome) => outcome.skillIds));
  const uncovered = content.skills.filter((skill) => !covered.has(skill.id));
  const rows = outcomes.map((outcome) => [
    `${outcome.position}. ${outcome.statement}`,
    ...content.skills.map((skill) => (outcome.skillIds.includes(skill.id) ? CHECK : '')),
  ]);
  const lines = markdownTable(
    ['Outcome', ...content.skills.map((skill) => escapeCell(skill.name))],
    [
      ...rows.map((row) => row.map(escapeCell)),
      [
        '**Not covered**',
        ...content.skills.map((skill) =>
          covered.has(skill.id) ? '' : skill.priority === 'ESSENTIAL' ? '**✗ essential**' : '✗',
        ),
      ],
    ],
  );
  const summary =
    uncovered.length === 0
      ? 'Every skill is covered by at least one outcome.'
      : `**Skills no outcome covers:** ${uncovered
          .map((skill) =>
            skill.priority === 'ESSENTIAL' ? `**${inline(skill.name)} (essential)**` : inline(skill.name),
          )
          .join(', ')}`;
  return [...lines, '', summary];
}

function threads(openThreads: BriefThread[]): string[] {
  if (openThreads.length === 0) return [NONE];
  return openThreads.flatMap((thread, index) => [
    ...(index > 0 ? [''] : []),
    `### ${index + 1}. On ${inline(thread.target)}`,
    '',
    ...quote(`**${inline(thread.author)}:** ${thread.body}`, '> '),
    ...thread.replies.flatMap((reply) => [
      '>',
      ...quote(`**${inline(reply.author)}:** ${reply.body}`, '> > '),
    ]),
  ]);
}

function decisionsTable(decisions: BriefDecision[]): string[] {
  return table(
    ['When', 'Who', 'Role', 'Decision', 'Revision', 'Note'],
    decisions.map((decision) => [
      decision.at,
      decision.user,
      label(decision.role),
      label(decision.kind),
      String(decision.revision),
      decision.note ?? '',
    ]),
  );
}

function frameworkReference(skill: SkillContent): string {
  const ref = skill.frameworkRef;
  if (!ref) return '';
  const name = [ref.framework, ref.code, ref.label].filter((part) => part?.trim()).join(' · ');
  return ref.url?.trim() ? `${name} (${ref.url.trim()})` : name;
}

function proposer(skill: SkillContent): string {
  const { displayName, organization } = skill.proposedBy;
  return organization.trim() ? `${displayName} (${organization})` : displayName;
}

function byPosition(content: DesignContent): OutcomeContent[] {
  return [...content.outcomes].sort((a, b) => a.position - b.position);
}

/** A table of plain-text cells (escaped here), or "None" when there are no rows. */
function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [NONE];
  return markdownTable(
    header,
    rows.map((row) => row.map((cell) => escapeCell(cell) || '—')),
  );
}

/** Cells here are already Markdown. */
function markdownTable(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** A pipe would end the cell and a newline the row: escape one, turn the other into a line break. */
function escapeCell(text: string): string {
  return text
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Text in a heading or a bold run: one line. */
function inline(text: string): string {
  return text.trim().replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Every line of a comment inside the blockquote, so a multi-line body stays in its thread. */
function quote(text: string, prefix: string): string[] {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => `${prefix}${line}`.trimEnd());
}

/** `NICE_TO_HAVE` reads "Nice to have"; text that is not an enum value is left as it is. */
function label(value: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(value)) return value;
  const words = value.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
