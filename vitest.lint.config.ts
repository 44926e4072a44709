/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** npm run lint:content: checks of the built site and the content (after a build). */
export default getViteConfig({
  test: {
    include: ['tests/lint/**/*.test.ts'],
  },
});
