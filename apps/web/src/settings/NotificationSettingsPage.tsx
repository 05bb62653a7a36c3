import { FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';

import { graphql } from '../gql';
import type { EmailMode } from '../gql/graphql';

const Preferences = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      email
    }
  }
`);

const UpdatePreferences = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      email
    }
  }
`);

const CHOICES: Array<{ value: EmailMode; label: string; hint: string }> = [
  {
    value: 'IMMEDIATE' as EmailMode,
    label: 'Each mail as it happens',
    hint: 'Mentions, tasks and reminders, one by one.',
  },
  {
    value: 'DAILY_DIGEST' as EmailMode,
    label: 'One digest a day',
    hint: 'Everything gathered in one mail; none when nothing happened.',
  },
  { value: 'OFF' as EmailMode, label: 'No notification mail', hint: 'Only invitations and password resets.' },
];

/** The signed-in person's mail setting (invitations and password resets always arrive). */
export function NotificationSettingsPage() {
  const [{ data, fetching, error }] = useQuery({ query: Preferences });
  const [saving, update] = useMutation(UpdatePreferences);
  const [choice, setChoice] = useState<EmailMode | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (data && choice === null) setChoice(data.notificationPreferences.email);
  }, [data, choice]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) return;
    setSaved(false);
    const result = await update({ input: { email: choice } });
    if (result.data) setSaved(true);
  }

  return (
    <main className="page stack">
      <h1>Notification mail</h1>
      {fetching && !data && <p>Loading…</p>}
      {error && !data && (
        <p role="alert" className="error">
          Your settings could not be loaded. Try again.
        </p>
      )}
      {choice && (
        <form onSubmit={submit} className="stack">
          <fieldset>
            <legend>How do you want mail about mentions, tasks and reminders?</legend>
            {CHOICES.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="radio"
                  name="email"
                  value={option.value}
                  checked={choice === option.value}
                  onChange={() => {
                    setChoice(option.value);
                    setSaved(false);
                  }}
                />{' '}
                {option.label} <span className="hint">— {option.hint}</span>
              </label>
            ))}
          </fieldset>
          {saving.error && (
            <p role="alert" className="error">
              Not saved. Try again.
            </p>
          )}
          {saved && <p role="status">Saved.</p>}
          <button type="submit" disabled={saving.fetching}>
            Save
          </button>
        </form>
      )}
    </main>
  );
}
