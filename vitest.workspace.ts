import { defineProject } from 'vitest/config';

/** One vitest project per package; the root vitest.config.ts imports this list. */
const sharedProject = {
  resolve: { conditions: ['@g4f-kit/source'] },
  ssr: { resolve: { conditions: ['@g4f-kit/source'] } },
  test: {
    environment: 'node' as const,
    setupFiles: ['reflect-metadata'],
  },
};

function packageProject(name: string, dir: string) {
  return defineProject({
    ...sharedProject,
    test: { ...sharedProject.test, name, root: dir, include: ['src/**/*.test.ts'] },
  });
}

export const testProjects = [
  packageProject('core', './packages/core'),
  packageProject('provider-arta', './packages/provider-arta'),
  packageProject('provider-g4f-space', './packages/provider-g4f-space'),
  packageProject('emulator', './packages/emulator'),
  packageProject('server', './packages/server'),
  packageProject('cli', './packages/cli'),
  packageProject('examples', './examples'),
  packageProject('e2e', './e2e'),
];
