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
      '## Outcome issues',
      '## Alignment matrix',
      '## Open comment threads',
      '## Decisions so far',
    ]);
  });

  it('the fields table lists only the fields that are set', () => {
    const rows = tableRows(section(brief, 'Fields'));
    expect(rows).toContainEqual(['Delivery mode', 'Hybrid']);
    expect(rows).toContainEqual(['Credit value', '3']);
    expect(rows).toContainEqual(['Country or region of the issuer', 'CA-BC']);
    expect(rows).toContainEqual(['Level', 'BCQF 3']);
    expect(rows).toHaveLength(17);

    const minimal = tableRows(section(buildCommitteeBrief(minimalDesign(), NO_EXTRAS), 'Fields'));
    expect(minimal).toEqual([['Title', 'Spreadsheet Essentials']]);
  });

  it('the skills table has a row per skill with priority, framework reference and proposer', () => {
    const rows = tableRows(section(brief, 'Skills'));
    expect(rows).toEqual([
      [
        'Data modelling',
        'Essential',
        'ESCO · S1.2.3 · design database schemas (<http://data.europa.eu/esco/skill/0a1b2c3d>)',
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

  it('the outcome issues table has a row per issue of an outcome, with what to change, and none for a good one', () => {
    expect(tableRows(section(brief, 'Outcome issues'))).toEqual([
      [
        '1',
        'Design a dimensional model for a sales domain.',
        'Level mismatch',
        '“design” fits Create, not Apply. Declare that level, or use a verb such as apply, use or implement for Apply.',
      ],
    ]);
  });

  it('the outcome issues table names each outcome’s issue by its code', () => {
    const design = fullDesign();
    outcome(design, 'outcome-b').statement = 'Be aware of pipeline failures';
    outcome(design, 'outcome-a').statement = 'Pipelines and failures';
    const rows = tableRows(section(buildCommitteeBrief(design, NO_EXTRAS), 'Outcome issues'));
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Pipelines and failures', 'No action verb'],
      ['2', 'Be aware of pipeline failures', 'Vague verb'],
    ]);
  });

  it('the outcome issues section says so when every outcome passes the checks', () => {
    expect(section(buildCommitteeBrief(minimalDesign(), NO_EXTRAS), 'Outcome issues')).toEqual([
      'Every outcome starts with an observable action verb that fits its declared Bloom level.',
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
      'Outcome issues',
      'Alignment matrix',
      'Open comment threads',
      'Decisions so far',
    ])
      expect(section(bare, heading)).toEqual(['None']);
  });
});

/**
 * User text written so that a Markdown renderer (CommonMark / GFM) shows it as typed and never as
 * markup or HTML: `\ ` * _ [ ] ( ) # ! | ~` backslash-escaped anywhere, `& < >` as entities, a
 * line's leading `-`, `+`, `=` or `1.` escaped, indentation dropped. Framework URLs are
 * percent-encoded `http(s)` autolinks, anything else is text.
 */
describe('buildCommitteeBrief: user text is inert as Markdown and as HTML', () => {
  const XSS_IMG = '<img src=x onerror=alert(1)>';
  const XSS_SCRIPT = '<script>alert(2)</script>';
  const XSS_IFRAME = '<iframe src="javascript:alert(3)"></iframe>';
  const JS_LINK = '[x](javascript:alert(4))';
  const LEGACY_URL = 'http://evil.example/a)[x](javascript:alert(6))';

  function hostile(): DesignContent {
    const design = fullDesign();
    design.fields.title = `${XSS_IMG} *Data* _Eng_ #1 #`;
    design.fields.summary = `${XSS_SCRIPT} ${JS_LINK}`;
    design.fields.price = 'EUR 900 & up | ~~ask~~';
    design.institution.name = '<b>Northfield</b>';
    design.skills[0]!.name = XSS_IFRAME;
    design.skills[0]!.frameworkRef = {
      framework: '![logo](http://evil.example/x.png)',
      code: '`S1`',
      label: '<a href="javascript:alert(5)">schemas</a>',
      url: LEGACY_URL,
    };
    design.skills[0]!.proposedBy = {
      id: 'u1',
      displayName: '**Eve**',
      organization: '[Org](http://evil.example)',
    };
    design.skills[1]!.frameworkRef = {
      framework: 'SFIA',
      code: 'X',
      label: null,
      url: 'javascript:alert(7)',
    };
    outcome(design, 'outcome-a').statement = `Design ${JS_LINK} models\n- as a list\n# as a heading`;
    outcome(design, 'outcome-a').assessmentMethod = '&lt;script&gt; typed as entities \\* and a backslash';
    return design;
  }

  const extras: CommitteeBriefExtras = {
    stage: 'COMMITTEE_REVIEW',
    openThreads: [
      {
        target: 'Skill: <svg onload=alert(8)>',
        author: '<i>Mallory</i>',
        body: [
          'First line [x](javascript:alert(9))',
          '# not a heading',
          '- not a list',
          '+ not a list',
          '1. not a list',
          '2) not a list',
          '---',
          '===',
          '> not a quote',
          '    not code',
          '```',
          '<details open ontoggle=alert(10)>',
        ].join('\n'),
        replies: [
          { author: 'Trent | Admin', body: '~~struck~~ <!-- comment --> [ref]: http://evil.example' },
        ],
      },
    ],
    decisions: [
      {
        user: '<u>Ursula</u>',
        role: 'former participant',
        kind: 'APPROVE',
        revision: 7,
        note: `${XSS_SCRIPT}\n![x](javascript:alert(11))`,
        at: '2025-03-04T10:15:00Z',
      },
    ],
  };
  const brief = buildCommitteeBrief(hostile(), extras);

  it('writes no HTML tag but its own line breaks and autolinks', () => {
    const withoutOwn = brief.replace(/<br>/g, '').replace(/<https?:\/\/[^\s<>]*>/g, '');
    expect(withoutOwn).not.toMatch(/[<]/);
    // `>` is left only as the blockquote marker at the start of a line.
    expect(withoutOwn.replace(/^(> ?)+/gm, '')).not.toMatch(/>/);
    for (const tag of ['<img', '<script', '<iframe', '<svg', '<details', '<a ', '<b>', '<i>', '<u>', '<!--'])
      expect([tag, brief.includes(tag)]).toEqual([tag, false]);
  });

  it('writes no link, image or reference definition of a user', () => {
    expect(brief).not.toContain('](');
    expect(brief).not.toMatch(/^\s*\[[^\]]*\]:/m);
    // Every bracket is escaped: none can open a link text.
    expect(brief).not.toMatch(/(?<!\\)[[\]]/);
  });

  it('escapes the title, the fields and the institution', () => {
    const [title, , meta] = brief.split('\n');
    expect(title).toBe('# &lt;img src=x onerror=alert\\(1\\)&gt; \\*Data\\* \\_Eng\\_ \\#1 \\#');
    expect(meta).toContain('**Institution:** &lt;b&gt;Northfield&lt;/b&gt;');
    const fields = tableRows(section(brief, 'Fields'));
    expect(fields).toContainEqual([
      'Summary',
      '&lt;script&gt;alert\\(2\\)&lt;/script&gt; \\[x\\]\\(javascript:alert\\(4\\)\\)',
    ]);
    expect(fields).toContainEqual(['Price', 'EUR 900 &amp; up \\| \\~\\~ask\\~\\~']);
  });

  it('escapes skill names, framework references and proposers; a legacy URL cannot close its link', () => {
    const [first, second] = tableRows(section(brief, 'Skills'));
    expect(first).toEqual([
      '&lt;iframe src="javascript:alert\\(3\\)"&gt;&lt;/iframe&gt;',
      'Essential',
      '\\!\\[logo\\]\\(http://evil.example/x.png\\) · \\`S1\\` · &lt;a href="javascript:alert\\(5\\)"&gt;schemas&lt;/a&gt; ' +
        '(<http://evil.example/a%29%5Bx%5D%28javascript:alert%286%29%29>)',
      '\\*\\*Eve\\*\\* (\\[Org\\]\\(http://evil.example\\))',
    ]);
    // Only http(s) is ever a link: any other stored scheme is plain text.
    expect(second![2]).toBe('SFIA · X (javascript:alert\\(7\\))');
  });

  it('percent-encodes every character of a URL that could end an autolink, a table cell or a link', () => {
    const design = fullDesign();
    design.skills[0]!.frameworkRef!.url = 'https://x.example/a b"c<d>é|{}^`\'()[]\\e';
    const [first] = tableRows(section(buildCommitteeBrief(design, NO_EXTRAS), 'Skills'));
    expect(first![2]).toBe(
      'ESCO · S1.2.3 · design database schemas ' +
        '(<https://x.example/a%20b%22c%3Cd%3E%C3%A9%7C%7B%7D%5E%60%27%28%29%5B%5D/e>)',
    );
  });

  it('escapes outcomes in both tables, a line break kept as <br> with its leading marker escaped', () => {
    const [first] = tableRows(section(brief, 'Learning outcomes'));
    expect(first).toEqual([
      '1',
      'Design \\[x\\]\\(javascript:alert\\(4\\)\\) models<br>\\- as a list<br>\\# as a heading',
      'Apply',
      '&amp;lt;script&amp;gt; typed as entities \\\\\\* and a backslash',
    ]);
    const matrix = tableRows(section(brief, 'Alignment matrix').filter((line) => line.startsWith('|')));
    expect(matrix[0]![0]).toBe(
      '1. Design \\[x\\]\\(javascript:alert\\(4\\)\\) models<br>\\- as a list<br>\\# as a heading',
    );
    expect(section(brief, 'Alignment matrix').filter((l) => l.startsWith('|'))[0]).toContain(
      '| &lt;iframe src="javascript:alert\\(3\\)"&gt;&lt;/iframe&gt; |',
    );
  });

  it('escapes outcomes in the outcome issues table', () => {
    const [first] = tableRows(section(brief, 'Outcome issues'));
    expect(first!.slice(0, 3)).toEqual([
      '1',
      'Design \\[x\\]\\(javascript:alert\\(4\\)\\) models<br>\\- as a list<br>\\# as a heading',
      'Level mismatch',
    ]);
  });

  it('keeps every line of a comment a plain line of its quote: no heading, list, break, code or HTML', () => {
    expect(section(brief, 'Open comment threads')).toEqual([
      '### 1. On Skill: &lt;svg onload=alert\\(8\\)&gt;',
      '> **&lt;i&gt;Mallory&lt;/i&gt;:** First line \\[x\\]\\(javascript:alert\\(9\\)\\)',
      '> \\# not a heading',
      '> \\- not a list',
      '> \\+ not a list',
      '> 1\\. not a list',
      '> 2\\) not a list',
      '> \\---',
      '> \\===',
      '> &gt; not a quote',
      '> not code',
      '> \\`\\`\\`',
      '> &lt;details open ontoggle=alert\\(10\\)&gt;',
      '>',
      '> > **Trent \\| Admin:** \\~\\~struck\\~\\~ &lt;\\!-- comment --&gt; \\[ref\\]: http://evil.example',
    ]);
  });

  it('escapes who decided, their role and their note', () => {
    expect(tableRows(section(brief, 'Decisions so far'))).toEqual([
      [
        '2025-03-04T10:15:00Z',
        '&lt;u&gt;Ursula&lt;/u&gt;',
        'former participant',
        'Approve',
        '7',
        '&lt;script&gt;alert\\(2\\)&lt;/script&gt;<br>\\!\\[x\\]\\(javascript:alert\\(11\\)\\)',
      ],
    ]);
  });

  it('drops control characters older values may hold, keeping tabs', () => {
    const design = fullDesign();
    design.fields.title = 'Bell\u0007 and\u0000 escape\u001b[31m\ttab';
    expect(buildCommitteeBrief(design, NO_EXTRAS).split('\n')[0]).toBe('# Bell and escape\\[31m\ttab');
  });

  it('leaves plain text as it is', () => {
    const plain = buildCommitteeBrief(fullDesign(), EXTRAS);
    expect(plain).toContain('| Design a dimensional model for a sales domain. |');
    expect(plain).toContain('> **Cleo Committee:** Is "recovers from failures" assessable?');
    expect(plain).toContain('| Matches our hiring needs |');
  });
});

describe('the readiness section', () => {
  const readiness: NonNullable<CommitteeBriefExtras['readiness']> = {
    ready: false,
    items: [
      {
        framework: 'EU_ANNEX_I',
        element: 'Title',
        met: true,
        field: 'title',
        message: 'The design has a title.',
      },
      {
        framework: 'EU_ANNEX_I',
        element: 'Country or region of the issuer',
        met: false,
        field: 'issuerCountry',
        message: 'Set the issuing country or region as a code, such as CA or CA-BC.',
      },
      {
        framework: 'BC_MICRO_CREDENTIAL',
        element: 'Aligned with industry, employer or community needs',
        met: true,
        field: null,
        message: 'Endorsed by <b>Acme</b> | [x](javascript:alert(1)).',
      },
    ],
  };
  const brief = buildCommitteeBrief(fullDesign(), { ...EXTRAS, readiness });

  it('comes after the alignment matrix, a row per item with its framework, met or not, and its note', () => {
    const headings = brief.split('\n').filter((line) => line.startsWith('## '));
    expect(headings.indexOf('## Readiness')).toBe(headings.indexOf('## Alignment matrix') + 1);
    const lines = section(brief, 'Readiness');
    expect(lines.slice(0, 4)).toEqual([
      '| Framework | Element | Met | Note |',
      '| --- | --- | --- | --- |',
      '| EU Annex I | Title | ✓ | The design has a title. |',
      '| EU Annex I | Country or region of the issuer | ✗ | Set the issuing country or region as a code, such as CA or CA-BC. |',
    ]);
    expect(lines.at(-1)).toBe('**Not ready:** some EU Annex I elements are still missing.');
  });

  it('escapes the text of its notes (organization names come from users)', () => {
    const row = section(brief, 'Readiness')[4];
    expect(row).toBe(
      '| B.C. framework | Aligned with industry, employer or community needs | ✓ | Endorsed by &lt;b&gt;Acme&lt;/b&gt; \\| \\[x\\]\\(javascript:alert\\(1\\)\\). |',
    );
  });

  it('is left out when the caller gives no readiness', () => {
    expect(buildCommitteeBrief(fullDesign(), EXTRAS)).not.toContain('## Readiness');
  });
});
