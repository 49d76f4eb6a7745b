import { defineMessages } from '../catalog.ts';

export const accounts = defineMessages({
  'accounts.email.taken': {
    ro: 'Există deja un cont cu această adresă.',
    en: 'An account with this address already exists.',
    hu: 'Ezzel a címmel már létezik fiók.',
  },
  'accounts.department.unknown': {
    ro: 'Alegeți una dintre direcțiile din listă.',
    en: 'Choose one of the departments listed.',
    hu: 'Válasszon a felsorolt szervezeti egységek közül.',
  },
});
