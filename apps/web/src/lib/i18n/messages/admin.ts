import { defineMessages } from '../catalog.ts';

export const admin = defineMessages({
  'admin.index.title': { ro: 'Administrare', en: 'Administration', hu: 'Adminisztráció' },
  'admin.index.intro': {
    ro: 'Instrumentele la care aveți acces.',
    en: 'The tools you have access to.',
    hu: 'Az Ön számára elérhető eszközök.',
  },
});
