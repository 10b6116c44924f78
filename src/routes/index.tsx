import { createFileRoute } from '@tanstack/react-router';
import type { ImportReport } from '../app/loaders/importReports';
import { localImports } from '../app/imports/revisionIndex';
import { HomePage } from '../views/HomePage';

export const Route = createFileRoute('/')({
  // The overview's figures are computed at build time (virtual:overview); only texts imported in this
  // browser are compared here, and only then are the texts and the aligner loaded.
  loader: () =>
    localImports().length > 0
      ? import('../app/loaders/importReports').then((m) => m.loadImportReports())
      : ({} as Record<string, ImportReport[]>),
  component: HomePage,
});
