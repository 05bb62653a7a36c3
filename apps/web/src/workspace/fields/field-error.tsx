import { FieldMessage, messagesFor } from './mutation-errors';

/**
 * What an input needs to show its `BAD_USER_INPUT` messages: `aria-invalid` and `aria-describedby`
 * props, and the message element they point to (null when the field is fine).
 */
export function describeField(errors: readonly FieldMessage[], key: string, idPrefix: string) {
  const messages = messagesFor(errors, key);
  const id = `${idPrefix}-${key.replace(/\W/g, '-')}-error`;
  return {
    props: {
      'aria-invalid': messages.length > 0 || undefined,
      'aria-describedby': messages.length ? id : undefined,
    },
    message: messages.length ? (
      <span id={id} className="error">
        {messages.join('; ')}
      </span>
    ) : null,
  };
}
