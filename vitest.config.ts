import { defineConfig } from 'vitest/config';
import { testProjects } from './vitest.workspace.js';

export default defineConfig({
  test: {
    projects: testProjects,
    // A run that finds no test file is a broken configuration, not a success.
    passWithNoTests: false,
  },
});
