/**
 * The Markdown brief a committee package carries: what the design says (fields, skills, outcomes),
 * which outcomes are not yet written as outcomes, how the outcomes cover the skills, what is still
 * being discussed and who decided what so far.
 * Pure: the caller gathers the content, the open threads and the decisions.
 *
 * Every user-supplied text (titles, names, statements, comments, notes, framework references) is
 * written so that it shows as itself and stays inert when the Markdown is rendered, as Markdown and
 * as HTML (see `markdown-text.ts`); framework URLs become percent-encoded autolinks (see {@link link}).
 */
import { checkOutcome } from '@mc/outcome-checks';

import type { ReadinessItem } from '../readiness/readiness';
import type { DesignContent, OutcomeContent, SkillContent } from '../snapshots/design-content';

import { inline, text } from './markdown-text';

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
  /** The design's readiness items (`Design.readiness`); absent: the brief has no readiness section. */
  readiness?: { ready: boolean; items: ReadinessItem[] };
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
  issuerCountry: 'Country or region of the issuer',
  level: 'Level',
};

const NONE = 'None';
const CHECK = '✓';
const EMPTY_CELL = '—';

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
    ['## Outcome issues', '', ...outcomeIssuesTable(content)],
    ['## Alignment matrix', '', ...alignmentMatrix(content)],
    ...(extras.readiness ? [['## Readiness', '', ...readinessTable(extras.readiness)]] : []),
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
  if (skills.length === 0) return [NONE];
  return markdownTable(
    ['Skill', 'Priority', 'Framework reference', 'Proposed by'],
    skills.map((skill) => [
      cell(skill.name),
      cell(label(skill.priority)),
      frameworkReference(skill) || EMPTY_CELL,
      proposer(skill),
    ]),
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
 * The outcome checks of each outcome (`@mc/outcome-checks`, the same as `Outcome.issues`): a row
 * per issue with its advice, or a line saying that every outcome passes.
 */
function outcomeIssuesTable(content: DesignContent): string[] {
  if (content.outcomes.length === 0) return [NONE];
  const rows = byPosition(content).flatMap((outcome) =>
    checkOutcome(outcome.statement, outcome.bloomLevel).map((issue) => [
      String(outcome.position),
      outcome.statement,
      label(issue.code),
      issue.message,
    ]),
  );
  if (rows.length === 0)
    return ['Every outcome starts with an observable action verb that fits its declared Bloom level.'];
  return table(['Position', 'Outcome', 'Issue', 'What to change'], rows);
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
    `${outcome.position}. ${cell(outcome.statement)}`,
    ...content.skills.map((skill) => (outcome.skillIds.includes(skill.id) ? CHECK : '')),
  ]);
  const lines = markdownTable(
    ['Outcome', ...content.skills.map((skill) => cell(skill.name))],
    [
      ...rows,
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

const FRAMEWORK_LABELS: Readonly<Record<ReadinessItem['framework'], string>> = {
  EU_ANNEX_I: 'EU Annex I',
  BC_MICRO_CREDENTIAL: 'B.C. framework',
};

/** Each framework element, met or not, with what meets it or what would; then the verdict. */
function readinessTable(readiness: { ready: boolean; items: ReadinessItem[] }): string[] {
  const verdict = readiness.ready
    ? 'Every EU Annex I element the design carries is met.'
    : '**Not ready:** some EU Annex I elements are still missing.';
  return [
    ...table(
      ['Framework', 'Element', 'Met', 'Note'],
      readiness.items.map((i) => [FRAMEWORK_LABELS[i.framework], i.element, i.met ? CHECK : '✗', i.message]),
    ),
    '',
    verdict,
  ];
}

function threads(openThreads: BriefThread[]): string[] {
  if (openThreads.length === 0) return [NONE];
  return openThreads.flatMap((thread, index) => [
    ...(index > 0 ? [''] : []),
    `### ${index + 1}. On ${inline(thread.target)}`,
    '',
    ...quote(thread.author, thread.body, '> '),
    ...thread.replies.flatMap((reply) => ['>', ...quote(reply.author, reply.body, '> > ')]),
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

/** Markdown: the reference's parts as text, then its URL as a link (or as text when it is no web URL). */
function frameworkReference(skill: SkillContent): string {
  const ref = skill.frameworkRef;
  if (!ref) return '';
  const name = cell([ref.framework, ref.code, ref.label].filter((part) => part?.trim()).join(' · '));
  const url = ref.url?.trim();
  if (!url) return name;
  return `${name} (${link(url) ?? cell(url)})`;
}

/** Markdown: the proposer's name, and their organization in parentheses. */
function proposer(skill: SkillContent): string {
  const { displayName, organization } = skill.proposedBy;
  return organization.trim() ? `${cell(displayName)} (${cell(organization)})` : cell(displayName);
}

function byPosition(content: DesignContent): OutcomeContent[] {
  return [...content.outcomes].sort((a, b) => a.position - b.position);
}

/** A table of plain-text cells (escaped here), or "None" when there are no rows. */
function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [NONE];
  return markdownTable(
    header,
    rows.map((row) => row.map((value) => cell(value) || EMPTY_CELL)),
  );
}

/** Cells here are already Markdown. */
function markdownTable(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** Text in a table cell: a newline would end the row, so it becomes a line break. */
function cell(value: string): string {
  return value
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => text(line.trim()))
    .join('<br>');
}

/**
 * A comment as blockquote lines: the author in bold, then every line of the body inside the quote
 * (so a multi-line body stays in its thread), each line's indentation dropped so that none turns
 * into a code block.
 */
function quote(author: string, body: string, prefix: string): string[] {
  const lines = body
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => text(line.trim()));
  lines[0] = `**${inline(author)}:** ${lines[0]}`;
  return lines.map((line) => `${prefix}${line}`.trimEnd());
}

/** What may stay as it is in a link target: RFC 3986 characters but quotes, brackets and parentheses. */
const URL_CHARACTER = /[A-Za-z0-9\-._~:/?#@!$&*+,;=%]/;

/**
 * An `http`/`https` URL as a Markdown autolink (`<https://…>`), every other character
 * percent-encoded, so that no stored value can end the link, open another or inject HTML; null for
 * anything else (`javascript:` …), which is then written as text.
 */
function link(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const encoder = new TextEncoder();
  const target = [...url.href]
    .map((char) =>
      URL_CHARACTER.test(char)
        ? char
        : [...encoder.encode(char)]
            .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
            .join(''),
    )
    .join('');
  return `<${target}>`;
}

/** `NICE_TO_HAVE` reads "Nice to have"; text that is not an enum value is left as it is. */
function label(value: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(value)) return value;
  const words = value.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * User text as inert Markdown for another export's Markdown property (an endorsement's
 * `endorsementComment`), by the brief's rule: each line trimmed (no indented code block) and made
 * inert, line breaks kept.
 */
export function inertMarkdown(value: string): string {
  return value
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => text(line.trim()))
    .join('\n');
}
