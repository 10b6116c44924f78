import { createFileRoute } from '@tanstack/react-router';
import { ClausePage } from '../views/ClausePage';

export const Route = createFileRoute('/clause/$revision/$key')({
  component: ClauseRoute,
});

function ClauseRoute() {
  const { revision, key } = Route.useParams();
  return <ClausePage revision={revision} clauseKey={key} />;
}
