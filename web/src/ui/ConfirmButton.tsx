import { useState } from 'react';

/** A button for something that cannot be undone: the first click asks, the second acts. */
export function ConfirmButton({
  label,
  question,
  confirmLabel = label,
  onConfirm,
  className = 'quiet',
  disabled = false,
  title,
}: {
  label: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => void | Promise<void>;
  className?: string;
  disabled?: boolean;
  title?: string;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={className} onClick={() => setAsking(true)} disabled={disabled} title={title}>
        {label}
      </button>
    );
  }
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button type="button" className="danger" onClick={confirm} disabled={busy}>
        {confirmLabel}
      </button>
      <button type="button" className="quiet" onClick={() => setAsking(false)} disabled={busy}>
        Cancel
      </button>
    </span>
  );
}
