import type { Rule } from '../permissions/rule.ts';

export const feedbackRules = {
  /** Anyone may report an accessibility barrier, signed in or not (the Directive requires it). */
  'accessibility_feedback.submit': (() => true) as Rule,
};
