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
    innovation_calls_phase_dates: { field: 'decisionAt', message: 'calls.decision_at.too_early' },
    call_criteria_call_key_unique: { field: 'name_ro', message: 'calls.rubric.unknown' },
  },
  seed: seedCalls,
  e2ePages: [
    { path: '/calls', as: null },
    { path: '/admin/calls/new', as: 'admin' },
    { path: '/calls', as: 'admin', follow: 'main a[href^="/admin/calls/"][href$="/edit"]' },
    { path: '/calls', as: 'admin', follow: 'main a[href^="/admin/calls/"][href$="/rubric"]' },
  ],
});
