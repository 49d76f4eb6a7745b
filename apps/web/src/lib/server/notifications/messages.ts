import { defineMessages } from '../../i18n/catalog.ts';

export const messages = defineMessages({
  'notifications.title': { ro: 'Notificări', en: 'Notifications', hu: 'Értesítések' },
  'notifications.header_unread': {
    ro: '{count} necitite',
    en: '{count} unread',
    hu: '{count} olvasatlan',
  },
  'notifications.unread_count': {
    ro: 'Notificări necitite: {count}',
    en: 'Unread notifications: {count}',
    hu: 'Olvasatlan értesítések: {count}',
  },
  'notifications.new': { ro: 'nou', en: 'new', hu: 'új' },
  'notifications.open': { ro: 'Deschide', en: 'Open', hu: 'Megnyitás' },
  'notifications.mark_read': {
    ro: 'Marchează ca citită',
    en: 'Mark as read',
    hu: 'Megjelölés olvasottként',
  },
  'notifications.mark_all_read': {
    ro: 'Marchează toate ca citite',
    en: 'Mark all as read',
    hu: 'Az összes megjelölése olvasottként',
  },
  'notifications.marked_all': {
    ro: 'Toate notificările sunt marcate ca citite.',
    en: 'All notifications are marked as read.',
    hu: 'Minden értesítés olvasottként megjelölve.',
  },
  'notifications.marked': {
    ro: 'Notificarea este marcată ca citită.',
    en: 'The notification is marked as read.',
    hu: 'Az értesítés olvasottként megjelölve.',
  },
  'notifications.empty': {
    ro: 'Nicio notificare deocamdată.',
    en: 'No notifications yet.',
    hu: 'Még nincs értesítés.',
  },
  'notifications.unknown': { ro: 'O notificare', en: 'A notification', hu: 'Egy értesítés' },
  'notifications.preferences.title': {
    ro: 'E-mailuri de notificare',
    en: 'Notification e-mails',
    hu: 'Értesítő e-mailek',
  },
  'notifications.preferences.intro': {
    ro: 'Notificările apar întotdeauna în centrul de notificări. Alegeți, pentru fiecare fel, dacă primiți și un e-mail: imediat, într-un rezumat zilnic (dimineața) sau deloc.',
    en: 'Notifications always appear in your notification centre. Choose, for each kind, whether you also get an e-mail: at once, in a daily summary (in the morning) or not at all.',
    hu: 'Az értesítések mindig megjelennek az értesítési központban. Válassza ki fajtánként, kap-e e-mailt is: azonnal, napi összefoglalóban (reggel) vagy egyáltalán nem.',
  },
  'notifications.preferences.link': {
    ro: 'Alegeți ce e-mailuri primiți',
    en: 'Choose which e-mails you get',
    hu: 'Válassza ki, milyen e-maileket kap',
  },
  'notifications.preferences.now': { ro: 'Imediat', en: 'At once', hu: 'Azonnal' },
  'notifications.preferences.digest': {
    ro: 'În rezumatul zilnic',
    en: 'In the daily summary',
    hu: 'A napi összefoglalóban',
  },
  'notifications.preferences.off': {
    ro: 'Fără e-mail',
    en: 'No e-mail',
    hu: 'Nincs e-mail',
  },
  'notifications.preferences.choose': {
    ro: 'Alegeți una dintre variante.',
    en: 'Choose one of the options.',
    hu: 'Válasszon egyet a lehetőségek közül.',
  },
  'notifications.preferences.save': {
    ro: 'Salvează alegerile',
    en: 'Save choices',
    hu: 'Választások mentése',
  },
  'notifications.preferences.saved': {
    ro: 'Alegerile au fost salvate.',
    en: 'Your choices are saved.',
    hu: 'A választásait elmentettük.',
  },
  'notifications.preferences.none': {
    ro: 'Nu există încă feluri de notificări.',
    en: 'There are no kinds of notification yet.',
    hu: 'Még nincsenek értesítésfajták.',
  },
  'notifications.mail.footer': {
    ro: 'Primiți acest e-mail de la {org}. Alegeți ce e-mailuri primiți: {link}',
    en: 'You get this e-mail from {org}. Choose which e-mails you get: {link}',
    hu: 'Ezt az e-mailt a(z) {org} küldi. Válassza ki, milyen e-maileket kap: {link}',
  },
  'notifications.digest.subject': {
    ro: '{org}: rezumatul zilei ({count})',
    en: '{org}: your daily summary ({count})',
    hu: '{org}: napi összefoglaló ({count})',
  },
  'notifications.digest.intro': {
    ro: 'De la ultimul rezumat, notificări noi: {count}.',
    en: 'New notifications since your last summary: {count}.',
    hu: 'Új értesítések a legutóbbi összefoglaló óta: {count}.',
  },
  'privacy.data.item.notifications': {
    ro: 'Notificările dumneavoastră și alegerile privind e-mailurile de notificare',
    en: 'Your notifications and your choices of notification e-mails',
    hu: 'Az értesítései és az értesítő e-mailekre vonatkozó választásai',
  },
  'privacy.delete.removed.notifications': {
    ro: 'Notificările dumneavoastră și alegerile privind e-mailurile',
    en: 'Your notifications and your e-mail choices',
    hu: 'Az értesítései és az e-mail-választásai',
  },
});
