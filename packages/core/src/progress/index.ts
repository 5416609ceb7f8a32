export { type ProgressStep, type ProgressTicksOptions, withProgressTicks } from './with-progress-ticks.js';
