import { createFileRoute } from '@tanstack/react-router';
import { SynopsisPage } from '../views/SynopsisPage';

export const Route = createFileRoute('/synopsis')({ component: SynopsisPage });
