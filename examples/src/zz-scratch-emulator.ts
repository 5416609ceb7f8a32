import { startEmulator } from '../../packages/emulator/src/index.js';
import { runG4fSpaceExample } from './g4f-space.js';

const emulator = await startEmulator({});
process.env.G4F_SPACE_EMULATOR_URL = emulator.baseUrl;
try {
  const result = await runG4fSpaceExample();
  console.log('\nRESULT', JSON.stringify(result));
  console.log('COUNTERS', JSON.stringify(emulator.counters));
} finally {
  await emulator.close();
}
