import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'rates', include: ['src/**/*.test.ts'] } });
