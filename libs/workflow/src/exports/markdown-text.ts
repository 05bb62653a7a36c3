/**
 * User text inside Markdown we write (the committee brief, the Open Badges criteria narrative):
 * shown as written by any CommonMark / GFM renderer, never markup, never HTML.
 */

/**
 * Characters that mean something to Markdown wherever they stand (emphasis, code, links and
 * images, headings' closing `#`, GFM tables and strikethrough, escapes themselves): each is
 * backslash-escaped, which CommonMark allows for any ASCII punctuation and renders as the character.
 */
const INLINE_MARKUP = /[\\`*_[\]()#!|~]/g;
/**
 * `&`, `<` and `>` become entities rather than backslash escapes: a renderer then shows them as
 * text, and even a page that took the Markdown for HTML would show no tag and run no script.
 */
const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * What else turns a line into a list item, a thematic break or a setext heading underline (`#`,
 * `>`, `*` and `)` are escaped everywhere already).
 */
const LEADING_MARKER = /^([-+=])|^(\d+)\./gm;
/** C0 and C1 controls but tab and newline (refused at input; dropped from older values). */
const CONTROL = /(?![\t\n])\p{Cc}/gu;

/**
 * User text made inert: shown as written by any CommonMark / GFM renderer, never markup, never
 * HTML. Newlines stay; each caller decides what a new line becomes where it writes the text.
 */
export function text(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char)
    .replace(INLINE_MARKUP, '\\$&')
    .replace(LEADING_MARKER, (_marker: string, sign?: string, digits?: string) =>
      sign ? `\\${sign}` : `${digits}\\.`,
    );
}

/** Text in a heading or a bold run: one line. */
export function inline(value: string): string {
  return text(value.trim().replace(/\s*[\r\n]+\s*/g, ' '));
}
