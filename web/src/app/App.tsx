import { DocumentPage } from './DocumentPage';
import { HomePage } from './HomePage';
import { parseRoute, usePath } from './router';

export function App() {
  const route = parseRoute(usePath());
  return route.page === 'document' ? <DocumentPage key={route.id} docId={route.id} /> : <HomePage />;
}
