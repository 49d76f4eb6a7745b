import { defineMessages } from '../../i18n/catalog.ts';
import { notificationMessages } from './notification-messages.ts';

export const messages = defineMessages({
  ...notificationMessages,
  'comments.heading': { ro: 'Discuție', en: 'Conversation', hu: 'Beszélgetés' },
  'comments.count': {
    ro: '{count} comentarii',
    en: '{count} comments',
    hu: '{count} hozzászólás',
  },
  'comments.none': {
    ro: 'Nimeni nu a comentat încă.',
    en: 'Nobody has commented yet.',
    hu: 'Még senki nem szólt hozzá.',
  },
  'comments.field.body': {
    ro: 'Comentariul dumneavoastră',
    en: 'Your comment',
    hu: 'Az Ön hozzászólása',
  },
  'comments.field.body_hint': {
    ro: 'Întrebați, propuneți îmbunătățiri, spuneți ce ați văzut în practică. Cel mult 5.000 de caractere.',
    en: 'Ask, suggest improvements, say what you have seen in practice. At most 5,000 characters.',
    hu: 'Kérdezzen, javasoljon fejlesztést, mondja el, mit tapasztalt. Legfeljebb 5000 karakter.',
  },
  'comments.field.reply': { ro: 'Răspunsul dumneavoastră', en: 'Your reply', hu: 'Az Ön válasza' },
  'comments.field.edit': {
    ro: 'Textul comentariului',
    en: 'The comment’s text',
    hu: 'A hozzászólás szövege',
  },
  'comments.field.report_reason': {
    ro: 'De ce îl semnalați moderatorilor?',
    en: 'Why do you report it to the moderators?',
    hu: 'Miért jelenti a moderátoroknak?',
  },
  'comments.field.hide_reason': {
    ro: 'Motivul ascunderii (îl vede toată lumea în locul textului)',
    en: 'Why it is hidden (everyone sees this in place of the text)',
    hu: 'Az elrejtés oka (mindenki ezt látja a szöveg helyén)',
  },
  'comments.post': {
    ro: 'Publicați comentariul',
    en: 'Post the comment',
    hu: 'Hozzászólás közzététele',
  },
  'comments.reply': { ro: 'Răspundeți', en: 'Reply', hu: 'Válasz' },
  'comments.reply_to': {
    ro: 'Răspundeți lui {name}',
    en: 'Reply to {name}',
    hu: 'Válasz neki: {name}',
  },
  'comments.edit': { ro: 'Modificați', en: 'Edit', hu: 'Szerkesztés' },
  'comments.save': { ro: 'Salvați modificarea', en: 'Save the change', hu: 'Módosítás mentése' },
  'comments.delete': {
    ro: 'Ștergeți comentariul',
    en: 'Delete the comment',
    hu: 'Hozzászólás törlése',
  },
  'comments.report': {
    ro: 'Semnalați moderatorilor',
    en: 'Report to the moderators',
    hu: 'Jelentés a moderátoroknak',
  },
  'comments.hide': {
    ro: 'Ascundeți comentariul',
    en: 'Hide the comment',
    hu: 'Hozzászólás elrejtése',
  },
  'comments.keep': { ro: 'Lăsați-l vizibil', en: 'Let it stand', hu: 'Maradjon látható' },
  'comments.edited': { ro: 'modificat', en: 'edited', hu: 'szerkesztve' },
  'comments.deleted': { ro: 'Comentariu șters', en: 'Comment deleted', hu: 'Törölt hozzászólás' },
  'comments.hidden': {
    ro: 'Comentariu ascuns de moderatori. Motivul: {reason}',
    en: 'Comment hidden by the moderators. The reason: {reason}',
    hu: 'A moderátorok elrejtették a hozzászólást. Az indoklás: {reason}',
  },
  'comments.hidden_text_note': {
    ro: 'Textul de mai jos îl vedeți doar dumneavoastră și moderatorii:',
    en: 'Only you and the moderators see the text below:',
    hu: 'Az alábbi szöveget csak Ön és a moderátorok látják:',
  },
  'comments.replies': { ro: 'Răspunsuri', en: 'Replies', hu: 'Válaszok' },
  'comments.closed': {
    ro: 'Discuția este închisă: propunerea nu mai primește comentarii.',
    en: 'The conversation is closed: the proposal takes no more comments.',
    hu: 'A beszélgetés lezárult: a javaslathoz már nem lehet hozzászólni.',
  },
  'comments.posted': {
    ro: 'Comentariul a fost publicat.',
    en: 'Your comment is posted.',
    hu: 'A hozzászólás megjelent.',
  },
  'comments.saved': {
    ro: 'Comentariul a fost modificat.',
    en: 'The comment is changed.',
    hu: 'A hozzászólás módosult.',
  },
  'comments.removed': {
    ro: 'Comentariul a fost șters.',
    en: 'The comment is deleted.',
    hu: 'A hozzászólás törölve.',
  },
  'comments.reported': {
    ro: 'Mulțumim: moderatorii vor citi comentariul.',
    en: 'Thank you: the moderators will read the comment.',
    hu: 'Köszönjük: a moderátorok elolvassák a hozzászólást.',
  },
  'comments.hidden_done': {
    ro: 'Comentariul a fost ascuns.',
    en: 'The comment is hidden.',
    hu: 'A hozzászólás elrejtve.',
  },
  'comments.kept_done': {
    ro: 'Comentariul rămâne vizibil; semnalările sunt închise.',
    en: 'The comment stays; its reports are closed.',
    hu: 'A hozzászólás marad; a jelentéseket lezártuk.',
  },
  'comments.parent_unknown': {
    ro: 'Comentariul la care răspundeți nu este la această propunere.',
    en: 'The comment you reply to is not on this proposal.',
    hu: 'A megválaszolt hozzászólás nem ehhez a javaslathoz tartozik.',
  },
  'comments.reply_to_reply': {
    ro: 'Se poate răspunde doar unui comentariu, nu unui răspuns: răspundeți comentariului de la care a pornit discuția.',
    en: 'Replies go to a comment, not to a reply: reply to the comment the conversation started from.',
    hu: 'Csak hozzászólásra lehet válaszolni, válaszra nem: válaszoljon arra a hozzászólásra, amelyből a beszélgetés indult.',
  },
  'comments.parent_gone': {
    ro: 'Comentariul la care răspundeați a fost șters sau ascuns între timp. Textul dumneavoastră este mai jos.',
    en: 'The comment you replied to was deleted or hidden meanwhile. Your text is below.',
    hu: 'A megválaszolt hozzászólást időközben törölték vagy elrejtették. Az Ön szövege lent található.',
  },
  'comments.already_hidden': {
    ro: 'Un alt moderator a ascuns deja acest comentariu.',
    en: 'Another moderator has already hidden this comment.',
    hu: 'Egy másik moderátor már elrejtette ezt a hozzászólást.',
  },
  'comments.no_open_reports': {
    ro: 'Semnalările acestui comentariu au fost deja tratate de un alt moderator.',
    en: 'Another moderator has already dealt with this comment’s reports.',
    hu: 'A hozzászólás jelentéseit egy másik moderátor már kezelte.',
  },
  'comments.queue.title': {
    ro: 'Comentarii semnalate',
    en: 'Reported comments',
    hu: 'Jelentett hozzászólások',
  },
  'comments.queue.description': {
    ro: 'Comentariile semnalate de colegi: ascundeți-le cu un motiv sau lăsați-le vizibile.',
    en: 'Comments colleagues reported: hide them with a reason, or let them stand.',
    hu: 'A kollégák által jelentett hozzászólások: rejtse el indoklással, vagy hagyja láthatóan.',
  },
  'comments.queue.empty': {
    ro: 'Niciun comentariu nu așteaptă moderarea.',
    en: 'No comment is waiting for moderation.',
    hu: 'Egy hozzászólás sem vár moderálásra.',
  },
  'comments.queue.on': { ro: 'La propunerea', en: 'On the proposal', hu: 'A javaslatnál' },
  'comments.queue.written_by': { ro: 'Scris de', en: 'Written by', hu: 'Írta' },
  'comments.queue.reports': { ro: 'Semnalări', en: 'Reports', hu: 'Jelentések' },
  'comments.queue.own': {
    ro: 'Este comentariul dumneavoastră: îl moderează un alt coleg.',
    en: 'This is your own comment: another colleague moderates it.',
    hu: 'Ez az Ön hozzászólása: egy másik kolléga moderálja.',
  },
  'comments.author_unknown': {
    ro: 'Autor necunoscut',
    en: 'Unknown author',
    hu: 'Ismeretlen szerző',
  },
  'proposals.field.mergeReason': {
    ro: 'De ce sunt aceeași idee (autorii ambelor propuneri citesc motivul)',
    en: 'Why they are the same idea (the authors of both proposals read this)',
    hu: 'Miért ugyanaz az ötlet (mindkét javaslat szerzői olvassák)',
  },
  'supports.heading': { ro: 'Susțineri', en: 'Supports', hu: 'Támogatások' },
  'supports.count': {
    ro: 'Susținută de {count} colegi',
    en: 'Supported by {count} colleagues',
    hu: '{count} kolléga támogatja',
  },
  'supports.give': {
    ro: 'Susțin propunerea',
    en: 'Support the proposal',
    hu: 'Támogatom a javaslatot',
  },
  'supports.withdraw': {
    ro: 'Îmi retrag susținerea',
    en: 'Withdraw my support',
    hu: 'Visszavonom a támogatásomat',
  },
  'supports.mine': {
    ro: 'Susțineți această propunere.',
    en: 'You support this proposal.',
    hu: 'Ön támogatja ezt a javaslatot.',
  },
  'supports.given': {
    ro: 'Susținerea a fost înregistrată.',
    en: 'Your support is recorded.',
    hu: 'Támogatását rögzítettük.',
  },
  'supports.withdrawn': {
    ro: 'Susținerea a fost retrasă.',
    en: 'Your support is withdrawn.',
    hu: 'Támogatását visszavonta.',
  },
  'supports.own': {
    ro: 'Nu vă puteți susține propria propunere.',
    en: 'You cannot support your own proposal.',
    hu: 'A saját javaslatát nem támogathatja.',
  },
  'follows.follow': {
    ro: 'Urmăresc propunerea',
    en: 'Follow the proposal',
    hu: 'Követem a javaslatot',
  },
  'follows.unfollow': { ro: 'Nu o mai urmăresc', en: 'Stop following', hu: 'Nem követem tovább' },
  'follows.hint': {
    ro: 'Cine urmărește o propunere află de pașii ei și de comentariile noi.',
    en: 'Followers hear of a proposal’s steps and new comments.',
    hu: 'A követők értesülnek a javaslat lépéseiről és az új hozzászólásokról.',
  },
  'follows.following': {
    ro: 'Urmăriți această propunere.',
    en: 'You follow this proposal.',
    hu: 'Ön követi ezt a javaslatot.',
  },
  'follows.followed': {
    ro: 'Urmăriți acum propunerea.',
    en: 'You now follow the proposal.',
    hu: 'Mostantól követi a javaslatot.',
  },
  'follows.unfollowed': {
    ro: 'Nu mai urmăriți propunerea.',
    en: 'You no longer follow the proposal.',
    hu: 'Már nem követi a javaslatot.',
  },
  'comments.constraint.one_level': {
    ro: 'Se poate răspunde doar unui comentariu, nu unui răspuns.',
    en: 'Replies go to a comment, not to a reply.',
    hu: 'Csak hozzászólásra lehet válaszolni, válaszra nem.',
  },
  'privacy.data.item.co_development': {
    ro: 'comentariile și răspunsurile dumneavoastră, comentariile pe care le-ați semnalat și de ce, propunerile pe care le susțineți sau le urmăriți',
    en: 'your comments and replies, the comments you reported and why, the proposals you support or follow',
    hu: 'hozzászólásai és válaszai, az Ön által jelentett hozzászólások és az okuk, a javaslatok, amelyeket támogat vagy követ',
  },
  'privacy.delete.removed.co_development': {
    ro: 'textul comentariilor dumneavoastră (locul lor rămâne, ca „comentariu șters”, pentru răspunsurile altora), semnalările, susținerile și urmăririle',
    en: 'the text of your comments (their place stays, as "comment deleted", for others’ replies), your reports, supports and follows',
    hu: 'hozzászólásai szövege (helyük „törölt hozzászólásként” megmarad mások válaszai miatt), jelentései, támogatásai és követései',
  },
});
