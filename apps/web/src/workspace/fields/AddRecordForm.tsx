import { FormEvent, ReactNode, useId, useRef, useState } from 'react';

import { errorSentence, FieldMessage, fieldMessages, GraphQLishError } from './mutation-errors';

/**
 * The one form that adds a record (proposes a skill, adds an outcome): the inputs the caller
 * renders for the draft, checks before asking the API, field messages of a refusal at their
 * inputs, and a status line once added.
 */
export function AddRecordForm<Draft>({
  title,
  submitLabel,
  empty,
  validate,
  send,
  fallback,
  next,
  normalize,
  refresh,
  children,
}: {
  title: string;
  submitLabel: string;
  empty: Draft;
  validate(draft: Draft): FieldMessage[];
  /** Adds the record: a refusal, or the status line to show ("Skill proposed."). */
  send(draft: Draft): Promise<{ error: GraphQLishError } | { status: string }>;
  /** The sentence for a refusal that names no field. */
  fallback: string;
  /** The draft after an addition. */
  next(added: Draft): Draft;
  /** The draft as it may stand now (a skill removed by someone else leaves the choice). */
  normalize?(draft: Draft): Draft;
  refresh(): void;
  children(draft: Draft, onChange: (draft: Draft) => void, errors: readonly FieldMessage[]): ReactNode;
}) {
  const uid = useId();
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [sending, setSending] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const normalized = normalize ? normalize(draft) : draft;
  if (normalized !== draft) setDraft(normalized);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    setError(null);
    const faults = validate(draft);
    setErrors(faults);
    if (faults.length) return;
    setSending(true);
    const result = await send(draft);
    setSending(false);
    if ('error' in result) {
      const fields = fieldMessages(result.error);
      setErrors(fields);
      if (!fields.length) setError(errorSentence(result.error, fallback));
      return;
    }
    setDraft(next(draft));
    setStatus(result.status);
    // Back to the form's first input for the next one, not to the top of the page.
    form.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    refresh();
  }

  return (
    <form
      ref={form}
      aria-labelledby={`${uid}-title`}
      className="ws-add-form stack"
      onSubmit={submit}
      noValidate
    >
      <h3 id={`${uid}-title`}>{title}</h3>
      {children(draft, setDraft, errors)}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="ws-actions">
        <button type="submit" className="primary" disabled={sending}>
          {submitLabel}
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </div>
    </form>
  );
}
