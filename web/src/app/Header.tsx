import { Link } from './Link';
import { UserMenu } from './UserMenu';

/** The bar on top of every page but the document page (which has its own toolbar). */
export function Header() {
  return (
    <header className="toolbar">
      <Link to="/" className="brand">
        Tandem
      </Link>
      <span className="spacer" />
      <UserMenu />
    </header>
  );
}
