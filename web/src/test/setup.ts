import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../messages';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = '';
});
