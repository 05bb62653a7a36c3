import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';

import type { WorkspaceComment } from '../design-query';

import { AddComment, commentErrorMessage, ResolveComment } from './comment-operations';
import { Mentionable, splitMentions } from './mentions';
import { MentionTextarea } from './MentionTextarea';

export interface ThreadProps {
  designId: string;
  root: WorkspaceComment;
  replies: WorkspaceComment[];
  /** What the thread is about, shown when the list mixes targets (null: do not show). */
  targetLabel: string | null;
  /** Everyone a body may mention (participants, and people mentioned who have since left). */
  everyone: readonly Mentionable[];
  /** Who can be mentioned in a reply. */
  mentionable: readonly Mentionable[];
  canReply: boolean;
  canResolve: boolean;
  refresh(): void;
}

/** One thread: the root comment, its replies oldest first, Reply, and Resolve / Reopen. */
export function CommentThread({
  designId,
  root,
  replies,
  targetLabel,
  everyone,
  mentionable,
  canReply,
  canResolve,
  refresh,
}: ThreadProps) {
  const authorId = useId();
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching: posting }, addComment] = useMutation(AddComment);
  const [{ fetching: resolving }, resolveComment] = useMutation(ResolveComment);

  async function postReply(event?: FormEvent) {
    event?.preventDefault();
    if (!reply.trim() || posting) return;
    setError(null);
    const result = await addComment({
      input: {
        designId,
        targetType: root.targetType,
        targetId: root.targetId,
        parentId: root.id,
        body: reply,
      },
    });
    if (result.error) {
      setError(commentErrorMessage(result.error, 'post'));
      return;
    }
    setReply('');
    setReplying(false);
    refresh();
  }

  async function toggleResolved() {
    setError(null);
    const result = await resolveComment({ id: root.id, resolved: !root.resolved });
    if (result.error) setError(commentErrorMessage(result.error, 'resolve'));
    else refresh();
  }

  return (
    <article className={root.resolved ? 'co-thread co-resolved' : 'co-thread'} aria-labelledby={authorId}>
      <CommentBody comment={root} everyone={everyone} headingId={authorId} targetLabel={targetLabel} />
      {replies.length > 0 && (
        <ol className="plain co-replies" aria-label={`Replies to ${root.author.displayName}`}>
          {replies.map((item) => (
            <li key={item.id}>
              <CommentBody comment={item} everyone={everyone} targetLabel={null} />
            </li>
          ))}
        </ol>
      )}
      {(canReply || canResolve) && (
        <div className="co-comment-actions">
          {canReply && (
            <button
              type="button"
              className="link-button"
              aria-expanded={replying}
              aria-describedby={authorId}
              onClick={() => setReplying((open) => !open)}
            >
              Reply
            </button>
          )}
          {canResolve && (
            <button
              type="button"
              className="link-button"
              aria-describedby={authorId}
              disabled={resolving}
              onClick={toggleResolved}
            >
              {root.resolved ? 'Reopen' : 'Resolve'}
            </button>
          )}
        </div>
      )}
      {replying && (
        <form className="stack co-reply-form" onSubmit={postReply}>
          <MentionTextarea
            label="Reply"
            value={reply}
            onChange={setReply}
            people={mentionable}
            rows={2}
            maxLength={10_000}
            required
            autoFocus
            onSubmitShortcut={() => void postReply()}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && !reply) setReplying(false);
            }}
          />
          <div className="row">
            <button type="submit" className="primary" disabled={posting || !reply.trim()}>
              Post reply
            </button>
            <button type="button" onClick={() => setReplying(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </article>
  );
}

function CommentBody({
  comment,
  everyone,
  headingId,
  targetLabel,
}: {
  comment: WorkspaceComment;
  everyone: readonly Mentionable[];
  headingId?: string;
  targetLabel: string | null;
}) {
  const mentioned = new Set(comment.mentions.map((m) => m.id));
  const parts = splitMentions(comment.body, everyone, mentioned);
  const targeted = useLinkedComment(comment.id);
  return (
    <div
      className={`co-comment${targeted.active ? ' co-comment-linked' : ''}`}
      id={`comment-${comment.id}`}
      ref={targeted.ref}
      tabIndex={-1}
    >
      <div className="co-comment-meta">
        <strong id={headingId}>{comment.author.displayName}</strong>{' '}
        <time dateTime={comment.createdAt} className="muted">
          {formatWhen(comment.createdAt)}
        </time>
        {comment.resolved && <span className="co-tag">Resolved</span>}
      </div>
      {targetLabel && <div className="muted co-comment-target">On {lowerFirst(targetLabel)}</div>}
      <p className="co-comment-body">
        {parts.map((part, index) =>
          part.mentionOf ? (
            <mark key={index} className="co-mention">
              {part.text}
            </mark>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
    </div>
  );
}

function lowerFirst(text: string): string {
  return text.startsWith('The ') ? `the ${text.slice(4)}` : text.charAt(0).toLowerCase() + text.slice(1);
}

export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * A link to `#comment-<id>` (a mention in the bell) scrolls to that comment, focuses it and
 * highlights it for a few seconds.
 */
function useLinkedComment(id: string) {
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      if (window.location.hash !== `#comment-${id}`) return;
      ref.current?.scrollIntoView?.({ block: 'center' });
      ref.current?.focus({ preventScroll: true });
      setActive(true);
      clearTimeout(timer);
      timer = setTimeout(() => setActive(false), 4000);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => {
      window.removeEventListener('hashchange', check);
      clearTimeout(timer);
    };
  }, [id]);
  return { ref, active };
}
