import { FormEvent, useId, useMemo, useState } from 'react';
import { useMutation } from 'urql';

import { useKeptDraft } from '../../auth/session-keeping';
import type { WorkspaceComment } from '../design-query';
import type { WorkspacePartProps } from '../workspace-props';

import { AddComment, commentErrorMessage } from './comment-operations';
import { commentTargets, targetKey } from './comment-targets';
import { CommentThread } from './CommentThread';
import type { Mentionable } from './mentions';
import { MentionTextarea } from './MentionTextarea';

import './CommentsPanel.css';

const EVERYTHING = 'ALL';

/**
 * The design's comments as threads (a root comment and its replies, oldest first), filtered by
 * what they are about, with a form for a new one. Participants comment in every stage but
 * ARCHIVED; its author, the lead and faculty resolve or reopen a thread (libs/designs README).
 */
export function CommentsPanel({ design, me, refresh }: WorkspacePartProps) {
  const headingId = useId();
  const [filter, setFilter] = useState(EVERYTHING);
  const [showResolved, setShowResolved] = useState(true);
  const [about, setAbout] = useState(targetKey('DESIGN', design.id));
  // Kept in this tab's session storage: an expired session does not lose the comment being typed.
  const [body, setBody] = useKeptDraft(design.id, 'comment');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching: posting }, addComment] = useMutation(AddComment);

  const targets = useMemo(() => commentTargets(design), [design]);
  const labels = new Map(targets.map((t) => [t.key, t.label]));
  const participants: Mentionable[] = design.participants.map(({ user }) => ({
    id: user.id,
    displayName: user.displayName,
    email: user.email,
  }));
  const mentionable = participants.filter((p) => p.id !== me.id);
  const everyone = withFormerParticipants(participants, design.comments);

  // As the API allows (`myPermissions`): one's own threads with commenting, others' with resolving any.
  const { canComment, canResolveAnyComment } = design.myPermissions;
  const canResolve = (comment: WorkspaceComment) =>
    comment.author.id === me.id ? canComment : canResolveAnyComment;

  const { roots, replies } = threads(design.comments);
  const shown = roots.filter(
    (root) =>
      (filter === EVERYTHING || targetKey(root.targetType, root.targetId) === filter) &&
      (showResolved || !root.resolved),
  );
  const openCount = roots.filter((r) => !r.resolved).length;
  // A comment about an item that is gone (an outcome removed since) falls back to the design.
  const aboutTarget = targets.find((t) => t.key === about) ?? targets[0];

  async function post(event?: FormEvent) {
    event?.preventDefault();
    if (!body.trim() || posting || !aboutTarget) return;
    setError(null);
    const result = await addComment({
      input: { designId: design.id, targetType: aboutTarget.type, targetId: aboutTarget.id, body },
    });
    if (result.error) {
      setError(commentErrorMessage(result.error, 'post'));
      return;
    }
    setBody('');
    refresh();
  }

  return (
    <section aria-labelledby={headingId} className="co-comments">
      <h2 id={headingId}>Comments</h2>
      {canComment ? (
        <form className="stack co-comment-form" onSubmit={post}>
          <MentionTextarea
            label="Comment"
            value={body}
            onChange={setBody}
            people={mentionable}
            rows={3}
            maxLength={10_000}
            placeholder="Type @ to mention someone"
            onSubmitShortcut={() => void post()}
          />
          <div className="row">
            <label>
              About
              <select value={aboutTarget?.key} onChange={(e) => setAbout(e.target.value)}>
                {targets.map((t) => (
                  <option key={t.key} value={t.key}>
                    {t.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="primary" disabled={posting || !body.trim()}>
              Post comment
            </button>
          </div>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
        </form>
      ) : (
        <p className="muted">
          {design.stage === 'ARCHIVED'
            ? 'This design is archived: comments are closed.'
            : 'Only participants of the design can comment.'}
        </p>
      )}

      <div className="row co-comment-filters">
        <label>
          Show comments on
          <select
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              if (e.target.value !== EVERYTHING) setAbout(e.target.value);
            }}
          >
            <option value={EVERYTHING}>Everything</option>
            {targets.map((t) => (
              <option key={t.key} value={t.key}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label className="co-inline-check">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
          Show resolved
        </label>
      </div>
      <p className="muted">
        {roots.length === 0
          ? 'No comments yet.'
          : `${roots.length} ${roots.length === 1 ? 'thread' : 'threads'}, ${openCount} open`}
      </p>
      {shown.length > 0 ? (
        <ol className="plain co-threads">
          {shown.map((root) => (
            <li key={root.id}>
              <CommentThread
                designId={design.id}
                root={root}
                replies={replies.get(root.id) ?? []}
                targetLabel={
                  filter === EVERYTHING
                    ? (labels.get(targetKey(root.targetType, root.targetId)) ?? removedTarget(root))
                    : null
                }
                everyone={everyone}
                mentionable={mentionable}
                canReply={canComment}
                canResolve={canResolve(root)}
                refresh={refresh}
              />
            </li>
          ))}
        </ol>
      ) : (
        roots.length > 0 && <p>No comments match.</p>
      )}
    </section>
  );
}

/** Root comments and the replies of each, oldest first. */
function threads(comments: readonly WorkspaceComment[]) {
  const byTime = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const roots = byTime.filter((c) => !c.parentId);
  const known = new Set(roots.map((r) => r.id));
  const replies = new Map<string, WorkspaceComment[]>();
  for (const comment of byTime) {
    if (!comment.parentId) continue;
    // A reply whose parent is not in the list (never expected) is shown as a thread of its own.
    if (!known.has(comment.parentId)) {
      roots.push(comment);
      continue;
    }
    replies.set(comment.parentId, [...(replies.get(comment.parentId) ?? []), comment]);
  }
  return { roots, replies };
}

function removedTarget(comment: WorkspaceComment): string {
  return comment.targetType === 'SKILL' ? 'A removed skill' : 'A removed outcome';
}

/** Participants, plus people mentioned in comments who have left since (by name only). */
function withFormerParticipants(
  participants: readonly Mentionable[],
  comments: readonly WorkspaceComment[],
): Mentionable[] {
  const all = [...participants];
  const ids = new Set(participants.map((p) => p.id));
  for (const comment of comments)
    for (const person of comment.mentions)
      if (!ids.has(person.id)) {
        ids.add(person.id);
        all.push({ id: person.id, displayName: person.displayName, email: '' });
      }
  return all;
}
