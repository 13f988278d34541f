import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../messages';
import '../signedInMessages';

// findBy… and waitFor give up after this long (1 s by default, too short while the machine is busy).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = '';
});
