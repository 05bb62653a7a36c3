import { wordDiff } from '../history/snapshot-diff';

/** The words `after` takes out of `before` struck through, and those it brings in underlined. */
export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <p className="ws-word-diff">
      {wordDiff(before, after).map((part, index) =>
        part.change === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.change === 'removed' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <ins key={index}>{part.text}</ins>
        ),
      )}
    </p>
  );
}
