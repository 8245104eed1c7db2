import { Header } from './Header';
import { Link } from './Link';

export function NotFoundPage() {
  return (
    <>
      <Header />
      <div className="home">
        <h1>Page not found</h1>
        <Link to="/" className="button">
          All documents
        </Link>
      </div>
    </>
  );
}
