import { KeyboardEvent, TextareaHTMLAttributes, useId, useLayoutEffect, useRef, useState } from 'react';

import {
  findMentionTrigger,
  insertMention,
  Mentionable,
  mentionHandle,
  MentionTrigger,
  suggestMentions,
} from './mentions';

type NativeProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id'>;

interface MentionTextareaProps extends NativeProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Who can be mentioned (the design's participants, without me). */
  people: readonly Mentionable[];
  /** Ctrl+Enter (⌘+Enter): send the text, as the form's button would. */
  onSubmitShortcut?(): void;
}

/**
 * A textarea with @mention autocompletion: typing `@` and the start of a name opens a list of the
 * matching participants; ArrowUp/ArrowDown move through it, Enter or Tab inserts `@<Name> `,
 * Escape closes it. The textarea keeps the focus throughout (`aria-activedescendant`).
 */
export function MentionTextarea({
  label,
  value,
  onChange,
  people,
  onSubmitShortcut,
  onKeyDown,
  ...rest
}: MentionTextareaProps) {
  const id = useId();
  const listId = `${id}-mentions`;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(value.length);
  // The option moved to with the arrow keys (-1: none yet; Enter or Tab then takes the first).
  const [active, setActive] = useState(-1);
  // The `@` whose list the user closed with Escape: it stays closed until another `@` is typed.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const trigger = findMentionTrigger(value, caret);
  const suggestions = trigger ? suggestMentions(trigger.query, people) : [];
  const open = trigger !== null && suggestions.length > 0 && dismissed !== trigger.start;
  const activeIndex = Math.min(active, suggestions.length - 1);

  useLayoutEffect(() => {
    if (pendingCaret.current === null || !textarea.current) return;
    textarea.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  });

  function track(element: HTMLTextAreaElement) {
    setCaret(element.selectionStart ?? element.value.length);
  }

  function choose(person: Mentionable, at: MentionTrigger) {
    const next = insertMention(value, at, caret, mentionHandle(person, people));
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    setActive(-1);
    onChange(next.text);
    textarea.current?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (open && trigger) {
      const count = suggestions.length;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        setActive((activeIndex + 1) % count);
        return;
      }
      if (event.key === 'ArrowUp') {
        event.preventDefault();
        setActive(activeIndex <= 0 ? count - 1 : activeIndex - 1);
        return;
      }
      if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
        const person = suggestions[Math.max(activeIndex, 0)];
        if (person) {
          event.preventDefault();
          choose(person, trigger);
        }
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setDismissed(trigger.start);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmitShortcut) {
      event.preventDefault();
      onSubmitShortcut();
    }
  }

  const optionId = (index: number) => `${id}-mention-${index}`;
  return (
    <div className="co-mention-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        {...rest}
        id={id}
        ref={textarea}
        value={value}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        onChange={(event) => {
          track(event.target);
          setActive(-1);
          onChange(event.target.value);
        }}
        onSelect={(event) => track(event.currentTarget)}
        onKeyDown={handleKeyDown}
        onBlur={() => setDismissed(trigger?.start ?? null)}
        onFocus={() => setDismissed(null)}
      />
      {open && trigger && (
        <ul role="listbox" id={listId} aria-label="People to mention" className="co-mention-list">
          {suggestions.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'co-mention-option active' : 'co-mention-option'}
              // Keep the focus in the textarea: the choice happens on mouse down.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(person, trigger);
              }}
            >
              <span>{person.displayName}</span> <span className="muted">{person.email}</span>
            </li>
          ))}
        </ul>
      )}
      <span className="co-sr-only" aria-live="polite">
        {open
          ? `${suggestions.length} ${suggestions.length === 1 ? 'person' : 'people'} to mention: arrow keys to choose, Enter to insert`
          : ''}
      </span>
    </div>
  );
}
