import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../messages';
import '../signedInMessages';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = '';
});
