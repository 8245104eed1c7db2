import type { ProviderSnapshot } from '../collab/provider';

const LABELS = {
  connected: 'Connected',
  connecting: 'Reconnecting…',
  offline: 'Offline',
  'not-found': 'Document not found',
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
