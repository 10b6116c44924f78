import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { ImportReport } from '../app/loaders/importReports';
import type { OwnCard } from '../app/loaders/ownCards';
import { localImports } from '../app/imports/revisionIndex';
import { ownSets } from '../app/own/ownSets';

export interface HomeData {
  reports: Record<string, ImportReport[]>;
  own: OwnCard[];
}

export const Route = createFileRoute('/')({
  // The overview's figures are computed at build time (virtual:overview); only texts imported in this
  // browser and the user's own documents are read here, and only then are the texts and the aligner loaded.
  loader: async (): Promise<HomeData> => ({
    reports:
      localImports().length > 0 ? await import('../app/loaders/importReports').then((m) => m.loadImportReports()) : {},
    own: ownSets().length > 0 ? await import('../app/loaders/ownCards').then((m) => m.loadOwnCards()) : [],
  }),
  // The overview's code and figures are a chunk of their own, preloaded by its prerendered page: they
  // are not part of the JavaScript every other view loads first (#16).
  component: lazyRouteComponent(() => import('../views/HomePage'), 'HomePage'),
});
