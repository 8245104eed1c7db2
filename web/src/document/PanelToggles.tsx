export type Panel = 'comments' | 'history';

export function PanelToggles({ panel, commentCount, onChange }: { panel: Panel | null; commentCount: number; onChange: (panel: Panel | null) => void }) {
  const toggle = (which: Panel) => onChange(panel === which ? null : which);
  return (
    <>
      <button type="button" aria-pressed={panel === 'comments'} data-testid="toggle-comments" onClick={() => toggle('comments')}>
        Comments{commentCount > 0 ? ` (${commentCount})` : ''}
      </button>
      <button type="button" aria-pressed={panel === 'history'} data-testid="toggle-history" onClick={() => toggle('history')}>
        History
      </button>
    </>
  );
}
