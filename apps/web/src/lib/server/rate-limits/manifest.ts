import { defineModule } from '../module.ts';
import { rateLimitRules } from './permissions.ts';
import { rateLimitsPersonalData } from './personal-data.ts';
import { rateLimitJobHandlers, rateLimitSchedules } from './jobs.ts';

/** Counters shared by every app process: sign-in, sign-up, password reset, feedback… */
export default defineModule({
  name: 'rate-limits',
  messages: {},
  rules: rateLimitRules,
  personalData: rateLimitsPersonalData,
  jobHandlers: rateLimitJobHandlers,
  schedules: rateLimitSchedules,
});
