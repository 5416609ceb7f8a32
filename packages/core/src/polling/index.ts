export {
  createPollSchedule,
  DEFAULT_POLL_SCHEDULE,
  type PollSchedule,
  type PollScheduleOptions,
  pollScheduleOptionsSchema,
} from './poll-schedule.js';
export { type PollContext, type PollUntilOptions, pollUntil } from './poll-until.js';
