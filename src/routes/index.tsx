import { createFileRoute } from '@tanstack/react-router';
import { HomePage } from '../views/HomePage';

export const Route = createFileRoute('/')({ component: HomePage });
