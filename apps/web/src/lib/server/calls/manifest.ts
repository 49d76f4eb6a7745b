import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { callRules } from './permissions.ts';
import { seedCalls } from './seed.ts';

/** Innovation calls: the city hall asks its employees (or the public) for ideas. */
export default defineModule({
  name: 'calls',
  messages,
  rules: callRules,
  constraints: {
    innovation_calls_dates: { field: 'closesAt', message: 'calls.closes_at.before_opens' },
  },
  seed: seedCalls,
  e2ePages: [
    { path: '/calls', as: null },
    { path: '/admin/calls/new', as: 'admin' },
  ],
});
