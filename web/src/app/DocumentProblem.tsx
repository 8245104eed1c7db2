import { Header } from './Header';
import { Link } from './Link';
import { authPath } from './router';

export type Problem = 'not-found' | 'sign-in' | 'no-access';

/** Why a document cannot be shown, and the way forward. */
export function DocumentProblem({ problem, docId }: { problem: Problem; docId: string }) {
  return (
    <>
      <Header />
      <div className="home" data-testid="document-problem" data-problem={problem}>
        {problem === 'sign-in' && (
          <>
            <h1>Sign in to open this document</h1>
            <p className="muted">This document is shared with particular people, or only with signed-in users.</p>
            <Link to={authPath('login', `/d/${docId}`)} className="button primary">
              Sign in
            </Link>
          </>
        )}
        {problem === 'no-access' && (
          <>
            <h1>You no longer have access</h1>
            <p className="muted">The owner stopped sharing this document with you, or it was deleted.</p>
            <Link to="/" className="button">
              All documents
            </Link>
          </>
        )}
        {problem === 'not-found' && (
          <>
            <h1>Document not found</h1>
            <p className="muted">It may have been deleted, or the link is wrong.</p>
            <Link to="/" className="button">
              All documents
            </Link>
          </>
        )}
      </div>
    </>
  );
}
