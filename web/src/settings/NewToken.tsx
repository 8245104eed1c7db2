import type { NewApiToken } from '../api/client';
import { CopyButton } from '../ui/CopyButton';

/** A token just created: its secret is shown here once and never again. */
export function NewToken({ token, onDone }: { token: NewApiToken; onDone: () => void }) {
  return (
    <div className="notice" role="status">
      <p>
        Token <strong>{token.name}</strong> created. Copy it now: it will not be shown again.
      </p>
      <div className="token-secret">
        <code data-testid="new-token">{token.token}</code>
        <CopyButton text={token.token} testId="copy-token" />
      </div>
      <p className="muted">
        Use it as <code>Authorization: Bearer …</code>, or as <code>?token=…</code> on the sync socket.
      </p>
      <button type="button" className="quiet" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
