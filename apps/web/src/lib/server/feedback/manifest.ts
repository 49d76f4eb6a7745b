import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { feedbackRules } from './permissions.ts';
import { feedbackPersonalData } from './personal-data.ts';

/** The accessibility statement's feedback form (EU Web Accessibility Directive). */
export default defineModule({
  name: 'feedback',
  messages,
  rules: feedbackRules,
  personalData: feedbackPersonalData,
  e2ePages: [{ path: '/accessibility', as: null }],
});
