import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for what the app computes (a cold alignment in jsdom), not for a
// deadline: on a loaded CI machine the default 1 s was too short. Speed lives in `npm run bench`.
configure({ asyncUtilTimeout: 10000 });

afterEach(() => cleanup());
