import { Avatar } from './Avatar';
import type { Collaborator } from './usePresence';

const SHOWN = 5;

/** Avatars of everyone in the document; a click on someone scrolls to their cursor. */
export function PresenceBar({ people, onFollow }: { people: Collaborator[]; onFollow: (clientId: number) => void }) {
  const shown = people.slice(0, SHOWN);
  const hidden = people.slice(SHOWN);
  return (
    <div className="presence" data-testid="presence">
      {shown.map((person) => (
        <button
          key={person.clientId}
          type="button"
          className="presence-person"
          data-testid="presence-person"
          data-name={person.name}
          title={person.isSelf ? `${person.name} (you)` : `${person.name}: click to go to their cursor`}
          disabled={person.isSelf}
          onClick={() => onFollow(person.clientId)}
        >
          <Avatar name={person.name} color={person.color} />
        </button>
      ))}
      {hidden.length > 0 && (
        <span className="presence-more" title={hidden.map((p) => p.name).join(', ')}>
          +{hidden.length}
        </span>
      )}
    </div>
  );
}
