import type { SaveStatus } from '../collab/provider';
import { TimeAgo } from './TimeAgo';

/** Says "Saved" only when the server has confirmed every local edit is on disk. */
export function SaveIndicator({ save }: { save: SaveStatus }) {
  let label;
  if (save.state === 'saving') label = 'Saving…';
  else if (save.state === 'unsaved') label = 'Not saved yet: waiting for the connection';
  else if (save.lastSavedAt === null) label = 'All changes saved';
  else
    label = (
      <>
        Saved <TimeAgo at={save.lastSavedAt} />
      </>
    );
  return (
    <span className={`save-status save-${save.state}`} data-testid="save-status" data-state={save.state}>
      {label}
    </span>
  );
}
