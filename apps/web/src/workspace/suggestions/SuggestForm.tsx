import { FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';

import { errorSentence, GraphQLishError } from '../fields/mutation-errors';

import { SuggestChange } from './suggestion-operations';
import type { SuggestibleField } from './suggestion-targets';

/** The small form a "Suggest" action opens: the field's text to rewrite, and an optional note. */
export function SuggestForm({
  designId,
  target,
  onDone,
}: {
  designId: string;
  target: SuggestibleField;
  onDone(sent: boolean): void;
}) {
  const uid = useId();
  const [text, setText] = useState(target.text ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, suggestChange] = useMutation(SuggestChange);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setError('Write the wording you suggest.');
    if (text.trim() === (target.text ?? '').trim()) return setError('This is the text already.');
    const result = await suggestChange({
      input: {
        designId,
        targetType: target.targetType,
        targetId: target.targetId,
        field: target.field,
        proposedText: text,
        note: note.trim() || null,
      },
    });
    if (result.error)
      return setError(errorSentence(result.error as GraphQLishError, 'Could not send the suggestion.'));
    onDone(true);
  }

  return (
    <form className="ws-suggest-form" onSubmit={submit} aria-label={`Suggest wording for ${target.label}`}>
      <label htmlFor={`${uid}-text`}>Suggested wording for {target.label}</label>
      <textarea id={`${uid}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={3} />
      <label htmlFor={`${uid}-note`}>Note (optional)</label>
      <input id={`${uid}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      {error && <p role="alert">{error}</p>}
      <div className="ws-actions">
        <button type="submit" disabled={fetching}>
          Send suggestion
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
