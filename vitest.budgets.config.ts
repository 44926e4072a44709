/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** npm run test:budgets: byte budgets of the built site (after a build). */
export default getViteConfig({
  test: {
    include: ['tests/budgets/**/*.test.ts'],
  },
});
