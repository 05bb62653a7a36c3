/**
 * Checks a learning outcome's statement as an outcome (SPEC "Quality"): it starts with an
 * observable action verb (`NO_ACTION_VERB` otherwise), that verb is not a vague one such as
 * "understand" (`VAGUE_VERB`), and it fits the declared Bloom level (`LEVEL_MISMATCH`). Pure, with
 * no server code: the API answers `Outcome.issues` with it and the web app runs the same checks as
 * a person types. The verb lists and their source are in `bloom-verbs.ts`.
 *
 * The verb is the first word after an optional lead-in ("Learners will be able to …", "Students
 * can …", "By the end of this course, participants will …"), read case-insensitively and
 * regardless of punctuation, numbering or bullets; "lists", "identifies" and "analyses" count as
 * "list", "identify" and "analyze"; a leading adverb ("Safely measure …") is skipped.
 */
import {
  BLOOM_LEVEL_NAMES,
  BLOOM_LEVELS,
  BLOOM_VERBS,
  BloomLevel,
  VAGUE_STATE_NOUNS,
  VAGUE_STATE_VERBS,
  VAGUE_STATES,
  VAGUE_VERBS,
} from './bloom-verbs';

export const OUTCOME_ISSUE_CODES = ['NO_ACTION_VERB', 'VAGUE_VERB', 'LEVEL_MISMATCH'] as const;
export type OutcomeIssueCode = (typeof OUTCOME_ISSUE_CODES)[number];

export interface OutcomeIssue {
  code: OutcomeIssueCode;
  /** A sentence for the faculty member who wrote the outcome. */
  message: string;
}

/** How a statement begins, once its lead-in is set aside. */
export type LeadingVerb =
  | { kind: 'action'; verb: string; levels: BloomLevel[] }
  | { kind: 'vague'; phrase: string }
  /** `word`: the first word found instead of a verb (null for an empty statement). */
  | { kind: 'none'; word: string | null };

/** How many verbs a hint offers. */
const HINT_SIZE = 8;

/** The verbs offered for a level ("design, construct, develop, …"), the most typical first. */
export function verbsForLevel(level: BloomLevel, count = HINT_SIZE): readonly string[] {
  return BLOOM_VERBS[level].slice(0, count);
}

/** The issues of one outcome: none, or the one that matters (a vague verb has no level to fit). */
export function checkOutcome(statement: string, bloomLevel: BloomLevel): OutcomeIssue[] {
  const lead = readLeadingVerb(statement);
  const level = BLOOM_LEVEL_NAMES[bloomLevel];
  const examples = inWords(verbsForLevel(bloomLevel, 3), 'or');
  switch (lead.kind) {
    case 'none':
      return [
        {
          code: 'NO_ACTION_VERB',
          message:
            (lead.word === null
              ? statement.trim()
                ? 'Nothing follows the lead-in. '
                : 'The statement is empty. '
              : `The statement does not start with an action verb: “${lead.word}” is not one we recognize. `) +
            `Begin with what learners will do, such as ${examples} for ${level}.`,
        },
      ];
    case 'vague':
      return [
        {
          code: 'VAGUE_VERB',
          message:
            `“${lead.phrase}” is vague: it cannot be observed or assessed. ` +
            `Say what learners will do to show it, such as ${examples} for ${level}.`,
        },
      ];
    case 'action':
      if (lead.levels.includes(bloomLevel)) return [];
      return [
        {
          code: 'LEVEL_MISMATCH',
          message:
            `“${lead.verb}” fits ${names(lead.levels)}, not ${level}. ` +
            `Declare ${lead.levels.length > 1 ? 'one of those levels' : 'that level'}, or use a verb such as ${examples} for ${level}.`,
        },
      ];
  }
}

/** "Remember", "Understand and Analyze", "Apply, Analyze and Create". */
function names(levels: readonly BloomLevel[]): string {
  return inWords(
    levels.map((level) => BLOOM_LEVEL_NAMES[level]),
    'and',
  );
}

/** "a", "a and b", "a, b and c". */
function inWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`
    : words[0];
}

/** Each verb (base form) and phrase, with the levels it belongs to, in taxonomy order. */
const LEVELS_OF = new Map<string, BloomLevel[]>();
for (const level of BLOOM_LEVELS)
  for (const verb of BLOOM_VERBS[level]) LEVELS_OF.set(verb, [...(LEVELS_OF.get(verb) ?? []), level]);

/** Longest first, so that "get to know" wins over a shorter phrase it starts with. */
const PHRASES = (list: Iterable<string>) =>
  [...list].map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
const ACTION_PHRASES = PHRASES(LEVELS_OF.keys());
const VAGUE_PHRASES = PHRASES(VAGUE_VERBS);
const VAGUE_STATE_SET = new Set(VAGUE_STATES);
const VAGUE_STATE_VERB_SET = new Set(VAGUE_STATE_VERBS);
const VAGUE_STATE_NOUN_SET = new Set(VAGUE_STATE_NOUNS);

/** A lead-in that sets the time ("By the end of the course, …", "Upon completion …"). */
const TIME_WORDS = new Set(['by', 'at', 'upon', 'on', 'after', 'following', 'once', 'having', 'when', 'in']);
const DETERMINERS = new Set(['the', 'each', 'all', 'every', 'successful', 'a']);
const SUBJECTS = new Set(
  ['learner', 'student', 'participant', 'graduate', 'trainee', 'apprentice', 'candidate', 'earner']
    .flatMap((noun) => [noun, `${noun}s`])
    .concat(['you', 'they']),
);
const MODALS = new Set(['will', 'can', 'should', 'must', 'shall', 'may', 'could', 'would']);
const FORMS_OF_BE = new Set(['be', 'are', 'is', 'am']);
const READY = new Set(['able', 'expected', 'ready', 'prepared', 'equipped']);
const ABILITY = new Set(['ability', 'skill', 'skills', 'capacity']);
const ARTICLES = new Set(['a', 'an', 'the', 'some']);
const COMMA = ',';

export function readLeadingVerb(statement: string): LeadingVerb {
  const words = skipLeadIn(tokens(statement));
  if (words.length === 0) return { kind: 'none', word: null };
  const vague = vaguePhrase(words);
  if (vague) return { kind: 'vague', phrase: vague };
  const action = actionVerb(words) ?? (isAdverb(words[0]) ? actionVerb(words.slice(1)) : null);
  if (action) return { kind: 'action', ...action };
  if (isAdverb(words[0]) && words.length > 1) {
    const afterAdverb = vaguePhrase(words.slice(1));
    if (afterAdverb) return { kind: 'vague', phrase: afterAdverb };
  }
  return { kind: 'none', word: words[0] };
}

/** A bullet or a number before the statement: "-", "•", "1.", "2)", "(a)", "O3.", "iv)". */
const LEADING_MARKER = /^\s*(?:[-*•‣◦▪–—]+|\(?(?:\p{L}?\d+|[ivx]+|\p{L})[.)])\s*/u;

/**
 * Lower-case words; commas, colons and semicolons kept as `,` (they may end a lead-in), every other
 * mark dropped (quotes, brackets, full stops, dashes around words).
 */
function tokens(statement: string): string[] {
  return statement
    .replace(LEADING_MARKER, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[,;:]/g, ' , ')
    .replace(/[^\p{L}\p{N}' ,-]+/gu, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^[-']+|[-']+$/g, ''))
    .filter((word) => word === COMMA || /\p{L}/u.test(word));
}

function skipLeadIn(all: string[]): string[] {
  let words = all;
  // "By the end of the course, …" / "Upon completion participants will …"
  if (TIME_WORDS.has(words[0] ?? '')) {
    const comma = words.indexOf(COMMA);
    const subject = words.findIndex((word, index) => index > 0 && SUBJECTS.has(word));
    if (comma > 0) words = words.slice(comma + 1);
    else if (subject > 0) words = words.slice(subject);
  }
  words = words.filter((word) => word !== COMMA);
  let at = 0;
  // "The learner", "Successful participants", "You"
  if (DETERMINERS.has(words[at]) && SUBJECTS.has(words[at + 1])) at += 1;
  if (SUBJECTS.has(words[at])) {
    at += 1;
    // "Learners who complete this course will …": on to the modal.
    if (words[at] === 'who' || words[at] === 'that') {
      const modal = words.findIndex((word, index) => index > at && MODALS.has(word));
      if (modal > 0) at = modal;
    }
  }
  if (MODALS.has(words[at])) at += 1;
  // "be able to", "are expected to", "able to", "have the ability to", "ability to", "to"
  if (FORMS_OF_BE.has(words[at]) && READY.has(words[at + 1]) && words[at + 2] === 'to') at += 3;
  else if (READY.has(words[at]) && words[at + 1] === 'to') at += 2;
  else if (
    (words[at] === 'have' || words[at] === 'has') &&
    words[at + 1] === 'the' &&
    ABILITY.has(words[at + 2]) &&
    words[at + 3] === 'to'
  )
    at += 4;
  else if (ABILITY.has(words[at]) && words[at + 1] === 'to') at += 2;
  if (words[at] === 'to') at += 1;
  return words.slice(at);
}

/** The vague phrase the words start with, as written there ("understand", "be aware of"). */
function vaguePhrase(words: string[]): string | null {
  const first = baseForms(words[0]);
  for (const phrase of VAGUE_PHRASES)
    if (first.includes(phrase[0]) && phrase.slice(1).every((word, index) => words[index + 1] === word))
      return words.slice(0, phrase.length).join(' ');
  // "be aware of", "become familiar with", "are comfortable with"
  if ((FORMS_OF_BE.has(words[0]) || first.includes('become')) && VAGUE_STATE_SET.has(words[1] ?? ''))
    return words.slice(0, ['of', 'with', 'to', 'about'].includes(words[2] ?? '') ? 3 : 2).join(' ');
  // "gain an understanding of", "demonstrate a sound knowledge of" (but not "build a knowledge base")
  if (first.some((form) => VAGUE_STATE_VERB_SET.has(form)) || words[0] === 'has') {
    let at = 1;
    if (ARTICLES.has(words[at])) at += 1;
    for (let adjectives = 0; adjectives < 2 && !VAGUE_STATE_NOUN_SET.has(words[at] ?? ''); adjectives += 1)
      at += 1;
    const next = words[at + 1];
    if (
      VAGUE_STATE_NOUN_SET.has(words[at] ?? '') &&
      (next === undefined || ['of', 'for', 'into', 'in', 'about', 'that', 'with'].includes(next))
    )
      return words.slice(0, at + 1).join(' ');
  }
  return null;
}

function actionVerb(words: string[]): { verb: string; levels: BloomLevel[] } | null {
  if (words.length === 0) return null;
  const first = baseForms(words[0]);
  for (const phrase of ACTION_PHRASES)
    if (first.includes(phrase[0]) && phrase.slice(1).every((word, index) => words[index + 1] === word)) {
      const verb = phrase.join(' ');
      return { verb, levels: LEVELS_OF.get(verb) ?? [] };
    }
  return null;
}

/** "Safely", "critically", "independently" (but not "apply", "supply" — verbs are tried first). */
function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly');
}

/**
 * The forms a word may be the inflection or spelling of: "identifies" → "identify", "lists" →
 * "list", "analyses" → "analyse" → "analyze", "organise" → "organize" (British spellings and a
 * third-person "-s"; the checks then look each form up).
 */
function baseForms(word: string): string[] {
  const forms = new Set([word]);
  if (word.endsWith('ies')) forms.add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.add(word.slice(0, -1));
  if (word === 'has') forms.add('have');
  for (const form of [...forms]) {
    if (form.endsWith('ise')) forms.add(`${form.slice(0, -3)}ize`);
    if (form.endsWith('yse')) forms.add(`${form.slice(0, -3)}yze`);
  }
  return [...forms];
}
