import type { ConnectionStatus, ProviderSnapshot } from '../collab/provider';

const LABELS: Record<ConnectionStatus, string> = {
  connected: 'Connected',
  connecting: 'Reconnecting…',
  offline: 'Offline',
  unauthorized: 'Sign in required',
  forbidden: 'You no longer have access',
  'not-found': 'Not found',
  'too-large': 'Document is full (size quota)',
};

export function ConnectionIndicator({ status, onRetry }: { status: ProviderSnapshot; onRetry: () => void }) {
  const { connection } = status;
  return (
    <span className="connection" data-testid="connection" data-state={connection}>
      <span className={`dot dot-${connection}`} aria-hidden="true" />
      {LABELS[connection]}
      {connection === 'offline' && (
        <button className="quiet" onClick={onRetry}>
          Retry
        </button>
      )}
    </span>
  );
}
