import { FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';

import { errorCode } from '../../api/client';
import type { WorkspaceSuggestion } from '../design-query';
import { errorSentence, GraphQLishError } from '../fields/mutation-errors';
import type { WorkspacePartProps } from '../workspace-props';

import { SuggestForm } from './SuggestForm';
import { AcceptSuggestion, RejectSuggestion } from './suggestion-operations';
import { fieldLabelOf, suggestibleFields } from './suggestion-targets';
import { WordDiff } from './WordDiff';

import './SuggestionsPanel.css';

const STATUS_LABELS: Record<WorkspaceSuggestion['status'], string> = {
  OPEN: 'Open',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
};

/**
 * Suggestions (SPEC "Suggestions"): everyone who sees the design reads each suggestion as a word
 * diff against the field's text now; who may edit the field accepts or rejects it inline (the API
 * says who, in `myPermissions`); one whose field changed since is marked outdated.
 */
export function SuggestionsPanel({ design, refresh }: WorkspacePartProps) {
  const uid = useId();
  const fields = suggestibleFields(design);
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState(0);
  const open = design.suggestions.filter((s) => s.status === 'OPEN');
  const decided = design.suggestions.filter((s) => s.status !== 'OPEN');
  const target = fields[chosen];

  return (
    <section aria-labelledby={`${uid}-heading`} className="ws-suggestions">
      <h2 id={`${uid}-heading`}>Suggestions</h2>
      {design.myPermissions.canSuggest && !choosing && (
        <button type="button" onClick={() => setChoosing(true)}>
          Suggest a change
        </button>
      )}
      {choosing && (
        <div className="ws-suggest-choose">
          <label htmlFor={`${uid}-field`}>Field</label>
          <select id={`${uid}-field`} value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
            {fields.map((f, index) => (
              <option key={`${f.targetType}:${f.targetId}:${f.field}`} value={index}>
                {f.label}
              </option>
            ))}
          </select>
          {target && (
            <SuggestForm
              key={chosen}
              designId={design.id}
              target={target}
              onDone={(sent) => {
                setChoosing(false);
                if (sent) refresh();
              }}
            />
          )}
        </div>
      )}
      {open.length === 0 && <p className="muted">No open suggestions.</p>}
      <ul className="ws-suggestion-list">
        {open.map((s) => (
          <SuggestionItem key={s.id} suggestion={s} label={fieldLabelOf(design, s)} refresh={refresh} />
        ))}
      </ul>
      {decided.length > 0 && (
        <details>
          <summary>Decided ({decided.length})</summary>
          <ul className="ws-suggestion-list">
            {decided.map((s) => (
              <SuggestionItem key={s.id} suggestion={s} label={fieldLabelOf(design, s)} refresh={refresh} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function SuggestionItem({
  suggestion: s,
  label,
  refresh,
}: {
  suggestion: WorkspaceSuggestion;
  label: string;
  refresh(): void;
}) {
  const uid = useId();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching: accepting }, accept] = useMutation(AcceptSuggestion);
  const [{ fetching: sendingReject }, reject] = useMutation(RejectSuggestion);

  async function onAccept() {
    const result = await accept({ id: s.id });
    if (result.error) {
      setError(
        errorCode(result.error) === 'CONFLICT'
          ? 'The field changed since this was suggested; it can no longer be accepted as it is.'
          : errorSentence(result.error as GraphQLishError, 'Could not accept the suggestion.'),
      );
    }
    refresh();
  }

  async function onReject(event: FormEvent) {
    event.preventDefault();
    if (!note.trim()) return setError('Say why, for the author.');
    const result = await reject({ id: s.id, note: note.trim() });
    if (result.error) return setError(errorSentence(result.error as GraphQLishError, 'Could not reject it.'));
    setRejecting(false);
    refresh();
  }

  return (
    <li className={`ws-suggestion${s.outdated ? ' ws-outdated' : ''}`} aria-label={`Suggestion for ${label}`}>
      <p className="ws-suggestion-head">
        <strong>{label}</strong> · {s.author.displayName} · <span>{STATUS_LABELS[s.status]}</span>
        {s.outdated && <span className="ws-badge">Outdated: the field changed since</span>}
      </p>
      {s.status === 'OPEN' ? (
        <WordDiff before={s.currentText ?? ''} after={s.proposedText} />
      ) : (
        <p className="ws-suggested-text">{s.proposedText}</p>
      )}
      {s.note && <p className="muted">“{s.note}”</p>}
      {s.status !== 'OPEN' && s.decidedBy && (
        <p className="muted">
          {STATUS_LABELS[s.status]} by {s.decidedBy.displayName}
          {s.decisionNote ? `: “${s.decisionNote}”` : ''}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {s.status === 'OPEN' && !rejecting && (s.myPermissions.canAccept || s.myPermissions.canReject) && (
        <div className="ws-actions">
          {s.myPermissions.canAccept && (
            <button type="button" onClick={onAccept} disabled={accepting}>
              Accept
            </button>
          )}
          {s.myPermissions.canReject && (
            <button type="button" onClick={() => setRejecting(true)}>
              Reject
            </button>
          )}
        </div>
      )}
      {rejecting && (
        <form onSubmit={onReject} aria-label="Reject suggestion">
          <label htmlFor={`${uid}-note`}>Why not (for the author)</label>
          <textarea id={`${uid}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
          <div className="ws-actions">
            <button type="submit" disabled={sendingReject}>
              Reject
            </button>
            <button type="button" onClick={() => setRejecting(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
