import type { DesignContent, OutcomeContent } from '../snapshots/design-content';

import { buildCommitteeBrief } from './committee-brief';
import type { CommitteeBriefExtras } from './committee-brief';
import { fullDesign, minimalDesign } from './testdata/designs';

const EXTRAS: CommitteeBriefExtras = {
  stage: 'COMMITTEE_REVIEW',
  openThreads: [
    {
      target: 'Outcome 2',
      author: 'Cleo Committee',
      body: 'Is "recovers from failures" assessable?\nPlease name the rubric.',
      replies: [{ author: 'Ben Faculty', body: 'Yes: the final project rubric, criterion 3.' }],
    },
  ],
  decisions: [
    {
      user: 'Ada Employer',
      role: 'EMPLOYER',
      kind: 'ENDORSE',
      revision: 6,
      note: 'Matches our hiring needs',
      at: '2025-03-04T10:15:00Z',
    },
  ],
};

function outcome(design: DesignContent, id: string): OutcomeContent {
  return design.outcomes.find((candidate) => candidate.id === id)!;
}

const NO_EXTRAS: CommitteeBriefExtras = { stage: 'DRAFT', openThreads: [], decisions: [] };

/** The lines of one `## ` section, without its heading and blank lines. */
function section(brief: string, heading: string): string[] {
  const lines = brief.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, next === -1 ? undefined : next).filter((line) => line !== '');
}

/** A table row's cells, split on pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .replace(/^\|\s?|\s?\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function tableRows(lines: string[]): string[][] {
  return lines
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map(cells);
}

describe('buildCommitteeBrief', () => {
  const brief = buildCommitteeBrief(fullDesign(), EXTRAS);

  it('opens with the title, then the stage and revision', () => {
    const [title, , meta] = brief.split('\n');
    expect(title).toBe('# Applied Data Engineering');
    expect(meta).toBe(
      '**Stage:** Committee review · **Revision:** 7 · **Institution:** Northfield University',
    );
  });

  it('has every section, in order', () => {
    const headings = brief.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Fields',
      '## Skills',
      '## Learning outcomes',
      '## Alignment matrix',
      '## Open comment threads',
      '## Decisions so far',
    ]);
  });

  it('the fields table lists only the fields that are set', () => {
    const rows = tableRows(section(brief, 'Fields'));
    expect(rows).toContainEqual(['Delivery mode', 'Hybrid']);
    expect(rows).toContainEqual(['Credit value', '3']);
    expect(rows).toHaveLength(15);

    const minimal = tableRows(section(buildCommitteeBrief(minimalDesign(), NO_EXTRAS), 'Fields'));
    expect(minimal).toEqual([['Title', 'Spreadsheet Essentials']]);
  });

  it('the skills table has a row per skill with priority, framework reference and proposer', () => {
    const rows = tableRows(section(brief, 'Skills'));
    expect(rows).toEqual([
      [
        'Data modelling',
        'Essential',
        'ESCO · S1.2.3 · design database schemas (http://data.europa.eu/esco/skill/0a1b2c3d)',
        'Ada Employer (Acme Logistics)',
      ],
      ['Pipeline orchestration', 'Important', 'SFIA 8 · DENG/4', 'Ben Faculty (Northfield University)'],
      ['Data privacy', 'Essential', '—', 'Ada Employer (Acme Logistics)'],
      ['Information Technology', 'Nice to have', '—', 'Cleo Committee (Northfield University)'],
    ]);
  });

  it('the outcomes table has a row per outcome in position order', () => {
    expect(tableRows(section(brief, 'Learning outcomes'))).toEqual([
      ['1', 'Design a dimensional model for a sales domain.', 'Apply', '—'],
      ['2', 'Orchestrate a pipeline that recovers from failures.', 'Create', 'Final project'],
    ]);
  });

  it('the alignment matrix puts a ✓ where an outcome covers a skill, and nowhere else', () => {
    const lines = section(brief, 'Alignment matrix').filter((line) => line.startsWith('|'));
    expect(cells(lines[0]!)).toEqual([
      'Outcome',
      'Data modelling',
      'Pipeline orchestration',
      'Data privacy',
      'Information Technology',
    ]);
    const [first, second] = tableRows(lines);
    expect(first).toEqual(['1. Design a dimensional model for a sales domain.', '✓', '', '', '✓']);
    expect(second).toEqual(['2. Orchestrate a pipeline that recovers from failures.', '', '✓', '', '']);
  });

  it('an uncovered essential skill is called out in the matrix and after it', () => {
    const lines = section(brief, 'Alignment matrix');
    const notCovered = tableRows(lines).at(-1);
    expect(notCovered).toEqual(['**Not covered**', '', '', '**✗ essential**', '']);
    expect(lines.at(-1)).toBe('**Skills no outcome covers:** **Data privacy (essential)**');
  });

  it('an uncovered skill that is not essential is marked without emphasis', () => {
    const design = fullDesign();
    outcome(design, 'outcome-b').skillIds = [];
    const lines = section(buildCommitteeBrief(design, EXTRAS), 'Alignment matrix');
    expect(tableRows(lines).at(-1)).toEqual(['**Not covered**', '', '✗', '**✗ essential**', '']);
    expect(lines.at(-1)).toBe(
      '**Skills no outcome covers:** Pipeline orchestration, **Data privacy (essential)**',
    );
  });

  it('says so when every skill is covered', () => {
    const lines = section(buildCommitteeBrief(minimalDesign(), NO_EXTRAS), 'Alignment matrix');
    expect(lines.at(-1)).toBe('Every skill is covered by at least one outcome.');
  });

  it('escapes pipes and newlines inside table cells', () => {
    const design = fullDesign();
    design.skills[0]!.name = 'SQL | NoSQL';
    outcome(design, 'outcome-a').statement = 'Model sales\ndata';
    design.fields.price = 'EUR 900 | EUR 700 early bird';
    const piped = buildCommitteeBrief(design, EXTRAS);

    expect(section(piped, 'Skills')).toContainEqual(
      expect.stringMatching(/^\| SQL \\\| NoSQL \| Essential \|/),
    );
    expect(tableRows(section(piped, 'Skills'))[0]).toHaveLength(4);
    expect(tableRows(section(piped, 'Fields'))).toContainEqual(['Price', 'EUR 900 \\| EUR 700 early bird']);
    expect(tableRows(section(piped, 'Learning outcomes'))[0]).toEqual([
      '1',
      'Model sales<br>data',
      'Apply',
      '—',
    ]);
    const matrix = section(piped, 'Alignment matrix').filter((line) => line.startsWith('|'));
    expect(cells(matrix[0]!)).toHaveLength(5);
    expect(tableRows(matrix)[0]![0]).toBe('1. Model sales<br>data');
  });

  it('open threads show the comment and its replies, multi-line bodies kept inside the quote', () => {
    expect(section(brief, 'Open comment threads')).toEqual([
      '### 1. On Outcome 2',
      '> **Cleo Committee:** Is "recovers from failures" assessable?',
      '> Please name the rubric.',
      '>',
      '> > **Ben Faculty:** Yes: the final project rubric, criterion 3.',
    ]);
  });

  it('decisions so far are a table row each', () => {
    expect(tableRows(section(brief, 'Decisions so far'))).toEqual([
      ['2025-03-04T10:15:00Z', 'Ada Employer', 'Employer', 'Endorse', '6', 'Matches our hiring needs'],
    ]);
  });

  it('empty sections say "None"', () => {
    const empty = minimalDesign();
    empty.skills = [];
    empty.outcomes = [];
    const bare = buildCommitteeBrief(empty, NO_EXTRAS);

    for (const heading of [
      'Skills',
      'Learning outcomes',
      'Alignment matrix',
      'Open comment threads',
      'Decisions so far',
    ])
      expect(section(bare, heading)).toEqual(['None']);
  });
});
