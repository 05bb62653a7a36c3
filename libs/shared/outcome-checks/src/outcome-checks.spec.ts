import { BLOOM_LEVELS, BLOOM_VERBS, BloomLevel } from './bloom-verbs';
import { checkOutcome, OutcomeIssueCode, readLeadingVerb, verbsForLevel } from './outcome-checks';

const codes = (statement: string, level: BloomLevel): OutcomeIssueCode[] =>
  checkOutcome(statement, level).map((issue) => issue.code);

describe('the examples of issue 12', () => {
  it('"Understand SQL joins" is a vague verb', () => {
    expect(codes('Understand SQL joins', 'UNDERSTAND')).toEqual(['VAGUE_VERB']);
  });
  it('"List the stages of a data pipeline" declared CREATE is a level mismatch', () => {
    expect(codes('List the stages of a data pipeline', 'CREATE')).toEqual(['LEVEL_MISMATCH']);
  });
  it('"Design a data pipeline that joins two sources" declared CREATE has no issue', () => {
    expect(checkOutcome('Design a data pipeline that joins two sources', 'CREATE')).toEqual([]);
  });
  it('"SQL joins" has no action verb', () => {
    expect(codes('SQL joins', 'APPLY')).toEqual(['NO_ACTION_VERB']);
  });
});

describe('NO_ACTION_VERB: the statement starts with an observable action verb', () => {
  it.each<[string, BloomLevel]>([
    ['SQL joins', 'APPLY'],
    ['Data pipelines and their stages', 'REMEMBER'],
    ['', 'APPLY'],
    ['   ', 'CREATE'],
    ['Learners will be able to SQL', 'APPLY'],
    ['Students can the stages of a pipeline', 'REMEMBER'],
    ['By the end of this course, participants will safety procedures', 'APPLY'],
    ['1. Introduction to wiring diagrams', 'UNDERSTAND'],
    ['Quickly SQL joins', 'APPLY'],
    ['Designing a pipeline', 'CREATE'],
  ])('%j has no action verb', (statement, level) => {
    expect(codes(statement, level)).toEqual(['NO_ACTION_VERB']);
  });

  it.each<[string, BloomLevel]>([
    ['Write a SQL query that joins two tables', 'APPLY'],
    ['Learners will be able to write a SQL query', 'CREATE'],
    ['Students can identify the stages of a pipeline', 'REMEMBER'],
    ['By the end of this course, participants will apply safety procedures', 'APPLY'],
    ['1. Explain a wiring diagram', 'UNDERSTAND'],
    ['Safely measure voltage on a live circuit', 'APPLY'],
  ])('%j starts with an action verb', (statement, level) => {
    expect(codes(statement, level)).not.toContain('NO_ACTION_VERB');
  });

  it('names the word found and suggests verbs of the declared level', () => {
    const [issue] = checkOutcome('SQL joins', 'CREATE');
    expect(issue.message).toContain('“sql”');
    expect(issue.message).toContain('design, construct or develop for Create');
  });
  it('says an empty statement is empty, and a lead-in alone that nothing follows it', () => {
    expect(checkOutcome('', 'APPLY')[0].message).toMatch(/^The statement is empty\./);
    expect(checkOutcome('Learners will be able to…', 'APPLY')[0]).toEqual({
      code: 'NO_ACTION_VERB',
      message:
        'Nothing follows the lead-in. Begin with what learners will do, such as apply, use or implement for Apply.',
    });
  });
});

describe('VAGUE_VERB: no verb that cannot be observed', () => {
  it.each<[string, BloomLevel]>([
    ['Understand SQL joins', 'UNDERSTAND'],
    ['Know the safety rules', 'REMEMBER'],
    ['Learn how pipelines fail', 'APPLY'],
    ['Appreciate the value of documentation', 'EVALUATE'],
    ['Be aware of common data privacy risks', 'REMEMBER'],
    ['Be familiar with the electrical code', 'REMEMBER'],
    ['Learners will understand SQL joins', 'UNDERSTAND'],
    ['Students will be able to understand the wiring code', 'UNDERSTAND'],
    ['Students are familiar with the electrical code', 'REMEMBER'],
    ['By the end of the course, learners will become aware of bias in data', 'UNDERSTAND'],
    ['The learner understands SQL joins', 'UNDERSTAND'],
    ['Gain an understanding of data pipelines', 'UNDERSTAND'],
    ['Demonstrate a sound knowledge of the electrical code', 'APPLY'],
    ['Develop an appreciation for good documentation', 'EVALUATE'],
    ['UNDERSTAND SQL JOINS.', 'UNDERSTAND'],
    ['Get to know the team’s tools', 'REMEMBER'],
    ['- Comprehend the stages of a pipeline', 'UNDERSTAND'],
  ])('%j is vague', (statement, level) => {
    expect(codes(statement, level)).toEqual(['VAGUE_VERB']);
  });

  it.each<[string, BloomLevel]>([
    ['Explain how SQL joins combine rows', 'UNDERSTAND'],
    ['Develop a data pipeline', 'CREATE'],
    ['Build a knowledge base for the help desk', 'CREATE'],
    ['Demonstrate the lockout procedure', 'APPLY'],
    ['Learners will be able to summarize the electrical code', 'UNDERSTAND'],
    ['Classify faults by their cause, not what learners know about them', 'UNDERSTAND'],
  ])('%j is not vague', (statement, level) => {
    expect(codes(statement, level)).not.toContain('VAGUE_VERB');
  });

  it('quotes the vague phrase and offers verbs of the declared level', () => {
    const [issue] = checkOutcome('Learners will be aware of the risks', 'UNDERSTAND');
    expect(issue.message).toBe(
      '“be aware of” is vague: it cannot be observed or assessed. ' +
        'Say what learners will do to show it, such as explain, summarize or classify for Understand.',
    );
  });
});

describe('LEVEL_MISMATCH: the verb fits the declared Bloom level', () => {
  it.each<[string, BloomLevel]>([
    ['List the stages of a data pipeline', 'CREATE'],
    ['Design a data pipeline', 'REMEMBER'],
    ['Define a foreign key', 'ANALYZE'],
    ['Evaluate two designs against the brief', 'APPLY'],
    ['Students can calculate the load of a circuit', 'EVALUATE'],
    ['Learners will be able to recall the colour codes', 'APPLY'],
    ['Participants analyse a failed deployment', 'CREATE'],
    ['LISTS the stages', 'UNDERSTAND'],
  ])('%j does not fit %s', (statement, level) => {
    expect(codes(statement, level)).toEqual(['LEVEL_MISMATCH']);
  });

  it.each<[string, BloomLevel]>([
    ['List the stages of a data pipeline', 'REMEMBER'],
    ['Design a data pipeline that joins two sources', 'CREATE'],
    ['Participants analyse a failed deployment', 'ANALYZE'],
    ['Organise the parts of a report', 'ANALYZE'],
    ['Organize a community event', 'CREATE'],
    ['Compare two join strategies', 'UNDERSTAND'],
    ['Compare two join strategies', 'ANALYZE'],
    ['Identifies the parts of a circuit', 'REMEMBER'],
    ['Carry out a lockout procedure', 'APPLY'],
    ['“Critique” a peer’s design (in writing)', 'EVALUATE'],
  ])('%j fits %s', (statement, level) => {
    expect(checkOutcome(statement, level)).toEqual([]);
  });

  it('names the level the verb fits and offers verbs of the declared one', () => {
    const [issue] = checkOutcome('List the stages of a data pipeline', 'CREATE');
    expect(issue.message).toBe(
      '“list” fits Remember, not Create. Declare that level, or use a verb such as design, construct or develop for Create.',
    );
  });
  it('names every level of a verb that belongs to two', () => {
    const [issue] = checkOutcome('Compare two join strategies', 'CREATE');
    expect(issue.message).toMatch(
      /^“compare” fits Understand and Analyze, not Create\. Declare one of those levels/,
    );
  });
});

describe('the lead-in', () => {
  it.each([
    ['Learners will be able to design a pipeline', 'design'],
    ['Students can design a pipeline', 'design'],
    ['By the end of this course, participants will design a pipeline', 'design'],
    ['By the end participants will design a pipeline', 'design'],
    ['Upon completion, the learner will be able to design a pipeline', 'design'],
    ['Learners who complete this course will design a pipeline', 'design'],
    ['Be able to design a pipeline', 'design'],
    ['Successful students should be able to: design a pipeline', 'design'],
    ['You will have the ability to design a pipeline', 'design'],
    ['In small teams, design a pipeline', 'design'],
    ['(a) design a pipeline', 'design'],
    ['O3. Design a pipeline', 'design'],
    ['Learners will carry out a lockout', 'carry out'],
  ])('%j starts with %j', (statement, verb) => {
    expect(readLeadingVerb(statement)).toMatchObject({ kind: 'action', verb });
  });
});

describe('the verb lists', () => {
  it('offer every level a hint of eight verbs of that level', () => {
    for (const level of BLOOM_LEVELS) {
      expect(verbsForLevel(level)).toHaveLength(8);
      for (const verb of verbsForLevel(level)) expect(checkOutcome(`${verb} something`, level)).toEqual([]);
    }
  });
  it('hold no verb twice within a level', () => {
    for (const level of BLOOM_LEVELS)
      expect(new Set(BLOOM_VERBS[level]).size).toBe(BLOOM_VERBS[level].length);
  });
});
