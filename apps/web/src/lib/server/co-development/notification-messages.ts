import { defineMessages } from '../../i18n/catalog.ts';

/** What co-development tells people; `{title}` is the proposal's title, never a person's name. */
export const notificationMessages = defineMessages({
  'co_development.notify.comment.label': {
    ro: 'Comentarii noi la propunerile mele sau pe care le urmăresc',
    en: 'New comments on proposals I wrote or follow',
    hu: 'Új hozzászólások az általam írt vagy követett javaslatokhoz',
  },
  'co_development.notify.comment.title': {
    ro: 'Comentariu nou: {title}',
    en: 'New comment: {title}',
    hu: 'Új hozzászólás: {title}',
  },
  'co_development.notify.comment.body': {
    ro: 'Cineva a comentat propunerea. Citiți discuția pe pagina ei.',
    en: 'Someone commented on the proposal. Read the conversation on its page.',
    hu: 'Valaki hozzászólt a javaslathoz. Olvassa el a beszélgetést az oldalán.',
  },
  'co_development.notify.reply.label': {
    ro: 'Răspunsuri la comentariile mele',
    en: 'Replies to my comments',
    hu: 'Válaszok a hozzászólásaimra',
  },
  'co_development.notify.reply.title': {
    ro: 'Răspuns la comentariul dumneavoastră: {title}',
    en: 'A reply to your comment: {title}',
    hu: 'Válasz a hozzászólására: {title}',
  },
  'co_development.notify.reply.body': {
    ro: 'Cineva v-a răspuns în discuția despre propunere.',
    en: 'Someone replied to you in the conversation about the proposal.',
    hu: 'Valaki válaszolt Önnek a javaslatról szóló beszélgetésben.',
  },
  'co_development.notify.reported.label': {
    ro: 'Comentarii semnalate moderatorilor',
    en: 'Comments reported to the moderators',
    hu: 'A moderátoroknak jelentett hozzászólások',
  },
  'co_development.notify.reported.title': {
    ro: 'Comentariu semnalat: {title}',
    en: 'Comment reported: {title}',
    hu: 'Jelentett hozzászólás: {title}',
  },
  'co_development.notify.reported.body': {
    ro: 'Un comentariu a fost semnalat. Îl găsiți în lista comentariilor semnalate.',
    en: 'A comment was reported. You will find it in the list of reported comments.',
    hu: 'Egy hozzászólást jelentettek. A jelentett hozzászólások listájában találja.',
  },
  'co_development.notify.hidden.label': {
    ro: 'Comentariile mele ascunse de moderatori',
    en: 'My comments hidden by the moderators',
    hu: 'A moderátorok által elrejtett hozzászólásaim',
  },
  'co_development.notify.hidden.title': {
    ro: 'Comentariu ascuns: {title}',
    en: 'Comment hidden: {title}',
    hu: 'Elrejtett hozzászólás: {title}',
  },
  'co_development.notify.hidden.body': {
    ro: 'Moderatorii v-au ascuns comentariul. Motivul: {reason}',
    en: 'The moderators hid your comment. The reason: {reason}',
    hu: 'A moderátorok elrejtették a hozzászólását. Az indoklás: {reason}',
  },
  'co_development.notify.step.label': {
    ro: 'Pașii propunerilor pe care le urmăresc',
    en: 'Steps of proposals I follow',
    hu: 'Az általam követett javaslatok lépései',
  },
  'co_development.notify.step.title': {
    ro: 'Propunere urmărită, pas nou: {title}',
    en: 'A proposal you follow moved on: {title}',
    hu: 'Egy követett javaslat továbblépett: {title}',
  },
  'co_development.notify.step.body': {
    ro: 'Propunerea pe care o urmăriți a făcut un pas nou. Pagina ei arată unde a ajuns.',
    en: 'The proposal you follow took a new step. Its page shows where it stands.',
    hu: 'Az Ön által követett javaslat új lépést tett. Az oldala mutatja, hol tart.',
  },
  'co_development.notify.followed_merged.label': {
    ro: 'Propuneri urmărite unite cu altele',
    en: 'Proposals I follow merged into others',
    hu: 'Az általam követett, más javaslatokkal egyesített javaslatok',
  },
  'co_development.notify.followed_merged.title': {
    ro: 'Propunere urmărită, unită cu „{into}”: {title}',
    en: 'A proposal you follow was merged into “{into}”: {title}',
    hu: 'Egy követett javaslatot egyesítettek a(z) „{into}” javaslattal: {title}',
  },
  'co_development.notify.followed_merged.body': {
    ro: 'Moderatorii au unit propunerea „{title}” cu „{into}”. Acum o urmăriți pe aceasta din urmă; pagina ei arată unde a ajuns.',
    en: 'The moderators merged “{title}” into “{into}”. You now follow the latter; its page shows where it stands.',
    hu: 'A moderátorok egyesítették a(z) „{title}” javaslatot a(z) „{into}” javaslattal. Mostantól az utóbbit követi; az oldala mutatja, hol tart.',
  },
  'co_development.notify.merged_in.label': {
    ro: 'Propuneri unite cu ale mele',
    en: 'Proposals merged into mine',
    hu: 'Az enyémmel egyesített javaslatok',
  },
  'co_development.notify.merged_in.title': {
    ro: 'O propunere a fost unită cu a dumneavoastră: {title}',
    en: 'A proposal was merged into yours: {title}',
    hu: 'Egy javaslatot egyesítettek az Önével: {title}',
  },
  'co_development.notify.merged_in.body': {
    ro: 'Moderatorii au unit „{duplicate}” cu propunerea dumneavoastră. Autorii ei sunt acum coautori, iar susținerile și urmăritorii ei au trecut la propunerea dumneavoastră. Motivul: {reason}',
    en: 'The moderators merged "{duplicate}" into your proposal. Its authors are now co-authors, and its supports and followers came over to yours. The reason: {reason}',
    hu: 'A moderátorok egyesítették a(z) „{duplicate}” javaslatot az Önével. Szerzői mostantól társszerzők, támogatásai és követői átkerültek az Önéhez. Az indoklás: {reason}',
  },
});

type Key = keyof typeof notificationMessages;
const texts = (name: string) => ({
  label: `co_development.notify.${name}.label` as Key,
  title: `co_development.notify.${name}.title` as Key,
  body: `co_development.notify.${name}.body` as Key,
});

/** Conversations come in the daily digest; what is about oneself, at once. */
export const coDevelopmentNotifications = {
  'co-development.comment': { ...texts('comment'), email: 'digest' as const },
  'co-development.reply': { ...texts('reply'), email: 'now' as const },
  'co-development.comment_reported': {
    ...texts('reported'),
    email: 'digest' as const,
    roles: ['moderator' as const, 'admin' as const],
  },
  'co-development.comment_hidden': { ...texts('hidden'), email: 'now' as const },
  'co-development.followed_step': { ...texts('step'), email: 'digest' as const },
  'co-development.followed_merged': { ...texts('followed_merged'), email: 'digest' as const },
  'co-development.merged_in': { ...texts('merged_in'), email: 'now' as const },
};
