import { useState } from 'react';

import { SuggestForm } from './SuggestForm';
import type { SuggestibleField } from './suggestion-targets';

/** A "Suggest" button beside a text field, opening the small form to suggest new wording for it. */
export function SuggestAction({
  designId,
  target,
  refresh,
}: {
  designId: string;
  target: SuggestibleField;
  refresh(): void;
}) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => setOpen(true)}
        aria-label={`Suggest ${target.label}`}
      >
        Suggest
      </button>
    );
  return (
    <SuggestForm
      designId={designId}
      target={target}
      onDone={(sent) => {
        setOpen(false);
        if (sent) refresh();
      }}
    />
  );
}
