import { useState } from 'react';

/** A text box with a send button; Ctrl/Cmd+Enter sends. */
export function CommentComposer({ placeholder, submitLabel, autoFocus, onSubmit, onCancel }: {
  placeholder: string;
  submitLabel: string;
  autoFocus?: boolean;
  onSubmit: (text: string) => void;
  onCancel?: () => void;
}) {
  const [text, setText] = useState('');
  const submit = () => {
    if (!text.trim()) return;
    onSubmit(text.trim());
    setText('');
  };
  return (
    <form
      className="comment-composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <textarea
        value={text}
        placeholder={placeholder}
        autoFocus={autoFocus}
        rows={2}
        data-testid="comment-input"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          if (e.key === 'Escape') onCancel?.();
        }}
      />
      <div className="comment-actions">
        {onCancel && (
          <button type="button" className="quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={!text.trim()} data-testid="comment-submit">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
