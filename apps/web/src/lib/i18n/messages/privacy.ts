import { defineMessages } from '../catalog.ts';

/** Personal data: the download of one's data and the erasure of one's account (GDPR). */
export const privacy = defineMessages({
  // The profile's section
  'privacy.profile.title': { ro: 'Datele dumneavoastră', en: 'Your data', hu: 'Az Ön adatai' },
  'privacy.profile.intro': {
    ro: 'Puteți descărca oricând datele pe care platforma le păstrează despre dumneavoastră sau vă puteți șterge contul.',
    en: 'You can download the data the platform holds about you at any time, or delete your account.',
    hu: 'Bármikor letöltheti a platform által Önről tárolt adatokat, vagy törölheti fiókját.',
  },
  'privacy.profile.download': {
    ro: 'Descărcați datele dumneavoastră',
    en: 'Download your data',
    hu: 'Adatai letöltése',
  },
  'privacy.profile.delete': {
    ro: 'Ștergeți contul',
    en: 'Delete your account',
    hu: 'Fiók törlése',
  },

  // The download page
  'privacy.data.title': {
    ro: 'Descărcați datele dumneavoastră',
    en: 'Download your data',
    hu: 'Adatai letöltése',
  },
  'privacy.data.intro': {
    ro: 'Fișierul conține tot ce păstrează platforma despre dumneavoastră, în toate organizațiile în care sunteți membru, în format JSON (un fișier text pe care îl pot citi și alte programe).',
    en: 'The file holds everything the platform keeps about you, in every organisation you belong to, in JSON (a text file other programs can read).',
    hu: 'A fájl mindent tartalmaz, amit a platform Önről tárol, minden szervezetben, amelynek tagja, JSON formátumban (más programok által is olvasható szövegfájl).',
  },
  'privacy.data.contents': {
    ro: 'Ce conține fișierul',
    en: 'What the file contains',
    hu: 'Mit tartalmaz a fájl',
  },
  'privacy.data.not_included': {
    ro: 'Fișierul nu conține parola, cheile sesiunilor sau linkurile trimise prin e-mail: acestea sunt secrete și nu vă folosesc.',
    en: 'The file does not hold your password, session keys or the links sent by e-mail: they are secrets and of no use to you.',
    hu: 'A fájl nem tartalmazza jelszavát, a munkamenetkulcsokat és az e-mailben küldött hivatkozásokat: ezek titkosak, és Önnek nincs rájuk szüksége.',
  },
  'privacy.data.download': {
    ro: 'Descărcați fișierul (JSON)',
    en: 'Download the file (JSON)',
    hu: 'A fájl letöltése (JSON)',
  },
  'privacy.data.delete_hint': {
    ro: 'Doriți să renunțați la cont?',
    en: 'Want to leave the platform?',
    hu: 'Szeretné megszüntetni fiókját?',
  },
  'privacy.data.back': {
    ro: 'Înapoi la profil',
    en: 'Back to your profile',
    hu: 'Vissza a profilhoz',
  },

  // The erasure page
  'privacy.delete.title': { ro: 'Ștergeți contul', en: 'Delete your account', hu: 'Fiók törlése' },
  'privacy.delete.intro': {
    ro: 'Ștergerea este definitivă: contul nu mai poate fi recuperat. Înainte, puteți descărca datele dumneavoastră.',
    en: 'Deleting is final: the account cannot be recovered. You can download your data first.',
    hu: 'A törlés végleges: a fiók nem állítható vissza. Előtte letöltheti adatait.',
  },
  'privacy.delete.removed_title': {
    ro: 'Ce se șterge',
    en: 'What is removed',
    hu: 'Mi törlődik',
  },
  'privacy.delete.kept_title': {
    ro: 'Ce se păstrează, fără numele dumneavoastră',
    en: 'What is kept, without your name',
    hu: 'Mi marad meg, az Ön neve nélkül',
  },
  'privacy.delete.kept.mail': {
    ro: 'un ultim e-mail de confirmare, trimis la adresa dumneavoastră actuală.',
    en: 'one last confirmation e-mail, sent to your current address.',
    hu: 'egy utolsó megerősítő e-mail, amelyet jelenlegi címére küldünk.',
  },
  'privacy.delete.more': {
    ro: 'Mai multe în pagina despre datele personale.',
    en: 'More on the personal data page.',
    hu: 'Bővebben a személyes adatokról szóló oldalon.',
  },
  'privacy.delete.last_admin_title': {
    ro: 'Sunteți ultimul administrator',
    en: 'You are the last administrator',
    hu: 'Ön az utolsó adminisztrátor',
  },
  'privacy.delete.last_admin': {
    ro: 'Sunteți singurul administrator al unei organizații. Dați rolul de administrator altei persoane înainte de a vă șterge contul, altfel nimeni nu o mai poate administra.',
    en: 'You are the only administrator of an organisation. Give the administrator role to someone else before deleting your account, or nobody could run it any more.',
    hu: 'Ön egy szervezet egyetlen adminisztrátora. Fiókja törlése előtt adja át az adminisztrátori szerepkört valaki másnak, különben senki sem tudná kezelni.',
  },
  'privacy.delete.last_admin_of': {
    ro: 'Organizații: {orgs}.',
    en: 'Organisations: {orgs}.',
    hu: 'Szervezetek: {orgs}.',
  },
  'privacy.delete.password_hint': {
    ro: 'Pentru siguranță, confirmați că sunteți dumneavoastră.',
    en: 'To be safe, confirm it is you.',
    hu: 'A biztonság kedvéért erősítse meg, hogy Ön az.',
  },
  'privacy.delete.no_password': {
    ro: 'Contul nu are parolă (vă autentificați prin contul instituției): bifarea confirmării este suficientă.',
    en: 'Your account has no password (you sign in with your organisation account): ticking the confirmation is enough.',
    hu: 'Fiókjának nincs jelszava (szervezeti fiókkal jelentkezik be): elég bejelölni a megerősítést.',
  },
  'privacy.delete.confirm_label': {
    ro: 'Înțeleg că mi se șterge contul și că ștergerea nu poate fi anulată.',
    en: 'I understand that my account will be deleted and that this cannot be undone.',
    hu: 'Tudomásul veszem, hogy fiókom törlődik, és ez nem vonható vissza.',
  },
  'privacy.delete.confirm_required': {
    ro: 'Bifați caseta pentru a confirma ștergerea contului.',
    en: 'Tick the box to confirm that you want your account deleted.',
    hu: 'Jelölje be a négyzetet a fiók törlésének megerősítéséhez.',
  },
  'privacy.delete.submit': {
    ro: 'Șterg definitiv contul',
    en: 'Delete my account for good',
    hu: 'Fiókom végleges törlése',
  },
  'privacy.delete.already': {
    ro: 'Acest cont a fost deja șters.',
    en: 'This account has already been deleted.',
    hu: 'Ezt a fiókot már törölték.',
  },
  'privacy.delete.done': {
    ro: 'Contul a fost șters. V-am trimis o confirmare prin e-mail.',
    en: 'Your account has been deleted. We have sent you a confirmation by e-mail.',
    hu: 'Fiókját töröltük. Megerősítést küldtünk e-mailben.',
  },

  // The confirmation e-mail, sent to the old address before it is erased
  'privacy.mail.erased.subject': {
    ro: 'Contul a fost șters — {org}',
    en: 'Your account was deleted — {org}',
    hu: 'Fiókját töröltük — {org}',
  },
  'privacy.mail.erased.body': {
    ro: '{greeting}\n\nContul dumneavoastră pe platforma {org} a fost șters la cererea dumneavoastră. Numele, adresa de e-mail și parola au fost eliminate; propunerile trimise rămân în proces fără numele dumneavoastră. Acesta este ultimul mesaj pe care îl primiți de la noi.\n\nDacă nu dumneavoastră ați cerut ștergerea, anunțați administratorul.\n\n{org}',
    en: '{greeting}\n\nYour account on the {org} platform has been deleted at your request. Your name, e-mail address and password were removed; your submitted proposals stay in the process without your name. This is the last message you will receive from us.\n\nIf you did not ask for this, tell the administrator.\n\n{org}',
    hu: '{greeting}\n\nFiókját a(z) {org} platformján kérésére töröltük. Nevét, e-mail-címét és jelszavát eltávolítottuk; beküldött javaslatai az Ön neve nélkül maradnak a folyamatban. Ez az utolsó üzenet, amelyet tőlünk kap.\n\nHa nem Ön kérte a törlést, értesítse az adminisztrátort.\n\n{org}',
  },
});
