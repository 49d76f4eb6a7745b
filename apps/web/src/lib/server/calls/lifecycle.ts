import type { Transition } from '../lifecycle.ts';

export const CALL_STATES = ['draft', 'open', 'closed'] as const;
export type CallState = (typeof CALL_STATES)[number];

export const callTransitions = {
  publish: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  reopen: { from: ['closed'], to: 'open' },
} as const satisfies Record<string, Transition<CallState>>;

export type CallTransition = keyof typeof callTransitions;
