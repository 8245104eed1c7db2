import { api, describeError, type DocFilter, type DocumentMeta } from '../api/client';
import { Link } from '../app/Link';
import { ConfirmButton } from '../ui/ConfirmButton';
import { TimeAgo } from '../ui/TimeAgo';

/** One document in a home-page list; what it offers depends on the tab it is shown in. */
export function DocumentRow({
  doc,
  tab,
  userId,
  onChanged,
  onError,
}: {
  doc: DocumentMeta;
  tab: DocFilter;
  userId: string;
  onChanged: () => void;
  onError: (message: string) => void;
}) {
  const act = async (action: () => Promise<unknown>, what: string) => {
    try {
      await action();
      onChanged();
    } catch (e) {
      onError(describeError(e, what));
    }
  };

  const details = (
    <span className="muted">
      {doc.kind}
      {doc.owner.id !== userId && (
        <>
          {' '}
          · {doc.owner.name}’s, you can {doc.role === 'viewer' ? 'view' : 'edit'}
        </>
      )}
      {tab === 'recent' && doc.last_opened_at !== null ? (
        <>
          {' '}
          · opened <TimeAgo at={doc.last_opened_at} />
        </>
      ) : tab === 'trash' && doc.deleted_at !== null ? (
        <>
          {' '}
          · deleted <TimeAgo at={doc.deleted_at} />
        </>
      ) : (
        <>
          {' '}
          · edited <TimeAgo at={doc.updated_at} />
        </>
      )}
    </span>
  );

  return (
    <li data-testid="doc-row">
      {tab === 'trash' ? (
        // A document in the trash cannot be opened; restore it first.
        <div className="doc-link">
          <span className="doc-title">{doc.title}</span>
          {details}
        </div>
      ) : (
        <Link to={`/d/${doc.id}`} className="doc-link">
          <span className="doc-title">{doc.title}</span>
          {details}
        </Link>
      )}
      <span className="row-actions">
        {tab === 'trash' ? (
          <>
            <button type="button" className="quiet" onClick={() => act(() => api.restoreDoc(doc.id), 'Could not restore')}>
              Restore
            </button>
            <ConfirmButton
              label="Delete forever"
              question="Delete forever? This cannot be undone."
              onConfirm={() => act(() => api.deleteDocForever(doc.id), 'Could not delete')}
            />
          </>
        ) : (
          doc.role === 'owner' && (
            <button
              type="button"
              className="quiet"
              title="Move to trash"
              onClick={() => act(() => api.trashDoc(doc.id), 'Could not move to the trash')}
            >
              Delete
            </button>
          )
        )}
      </span>
    </li>
  );
}
