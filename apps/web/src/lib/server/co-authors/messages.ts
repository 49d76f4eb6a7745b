import { defineMessages } from '../../i18n/catalog.ts';

/** Co-authors and their invitations: the proposal page's panel, the invitation, the mail. */
export const messages = defineMessages({
  'coauthors.heading': { ro: 'Autori', en: 'Authors', hu: 'Szerzők' },
  'coauthors.lead': { ro: 'autor principal', en: 'lead author', hu: 'fő szerző' },
  'coauthors.team_hint': {
    ro: 'O echipă are cel mult {size} autori, cu autorul principal.',
    en: 'A team has at most {size} authors, the lead author included.',
    hu: 'Egy csapatnak legfeljebb {size} szerzője lehet, a fő szerzővel együtt.',
  },
  'coauthors.remove': {
    ro: 'Scoateți din echipă',
    en: 'Remove from the team',
    hu: 'Eltávolítás a csapatból',
  },
  'coauthors.leave': { ro: 'Ieșiți din echipă', en: 'Leave the team', hu: 'Kilépés a csapatból' },
  'coauthors.removed': {
    ro: 'Coautorul a fost scos din echipă.',
    en: 'The co-author was removed from the team.',
    hu: 'A társszerzőt eltávolították a csapatból.',
  },
  'coauthors.left': {
    ro: 'Ați ieșit din echipa propunerii.',
    en: 'You left the proposal’s team.',
    hu: 'Kilépett a javaslat csapatából.',
  },
  'coauthors.pending.heading': {
    ro: 'Invitații în așteptare',
    en: 'Invitations waiting for an answer',
    hu: 'Válaszra váró meghívások',
  },
  'coauthors.pending.invited_at': {
    ro: 'invitat(ă) pe {date}',
    en: 'invited on {date}',
    hu: 'meghívva: {date}',
  },
  'coauthors.withdraw': {
    ro: 'Retrageți invitația',
    en: 'Withdraw the invitation',
    hu: 'Meghívás visszavonása',
  },
  'coauthors.withdrawn': {
    ro: 'Invitația a fost retrasă.',
    en: 'The invitation was withdrawn.',
    hu: 'A meghívást visszavonták.',
  },
  'coauthors.invite.heading': {
    ro: 'Invitați un coleg ca coautor',
    en: 'Invite a colleague as co-author',
    hu: 'Kolléga meghívása társszerzőnek',
  },
  'coauthors.invite.email': {
    ro: 'Adresa de e-mail a colegului',
    en: 'Your colleague’s e-mail address',
    hu: 'A kolléga e-mail-címe',
  },
  'coauthors.invite.email_hint': {
    ro: 'Adresa cu care colegul intră în platformă. Primește un e-mail cu un link prin care acceptă sau refuză.',
    en: 'The address your colleague signs in with. They get an e-mail with a link to accept or decline.',
    hu: 'A cím, amellyel a kolléga belép. E-mailt kap egy hivatkozással, amellyel elfogadja vagy elutasítja.',
  },
  'coauthors.invite.submit': {
    ro: 'Trimiteți invitația',
    en: 'Send the invitation',
    hu: 'Meghívás küldése',
  },
  'coauthors.invite.sent': {
    ro: 'Invitația a fost trimisă.',
    en: 'The invitation was sent.',
    hu: 'A meghívást elküldtük.',
  },
  'coauthors.invite.not_colleague': {
    ro: 'Nu există un cont al organizației cu această adresă. Verificați adresa.',
    en: 'No account of this organisation has this address. Check the address.',
    hu: 'A szervezetnek nincs ilyen című fiókja. Ellenőrizze a címet.',
  },
  'coauthors.invite.already_author': {
    ro: 'Această persoană este deja autor al propunerii.',
    en: 'This person is already an author of the proposal.',
    hu: 'Ez a személy már a javaslat szerzője.',
  },
  'coauthors.invite.not_in_audience': {
    ro: 'Această persoană nu poate depune propuneri la acest apel, deci nici nu poate fi coautor.',
    en: 'This person may not propose to this call, so they cannot be a co-author either.',
    hu: 'Ez a személy nem nyújthat be javaslatot ebben a pályázatban, így társszerző sem lehet.',
  },
  'coauthors.invite.no_teams': {
    ro: 'Acest apel primește doar propuneri individuale.',
    en: 'This call takes individual proposals only.',
    hu: 'Ez a pályázat csak egyéni javaslatokat fogad.',
  },
  'coauthors.team_full': {
    ro: 'Echipa este completă: apelul permite cel mult {size} autori.',
    en: 'The team is full: the call allows at most {size} authors.',
    hu: 'A csapat teljes: a pályázat legfeljebb {size} szerzőt enged.',
  },
  'coauthors.team_full_plain': {
    ro: 'Echipa este completă: între timp, locul rămas a fost ocupat.',
    en: 'The team is full: the last seat was taken meanwhile.',
    hu: 'A csapat teljes: az utolsó helyet közben elfoglalták.',
  },
  'coauthors.not_lead': {
    ro: 'Autorul principal nu poate fi și coautor.',
    en: 'The lead author cannot also be a co-author.',
    hu: 'A fő szerző nem lehet egyben társszerző is.',
  },
  'coauthors.not_member': {
    ro: 'Coautorii sunt membri ai organizației.',
    en: 'Co-authors are members of the organisation.',
    hu: 'A társszerzők a szervezet tagjai.',
  },
  'coauthors.team_required': {
    ro: 'Acest apel primește doar propuneri în echipă: invitați cel puțin un coautor și trimiteți după ce acceptă.',
    en: 'This call takes team proposals only: invite at least one co-author and submit once they accept.',
    hu: 'Ez a pályázat csak csapatjavaslatokat fogad: hívjon meg legalább egy társszerzőt, és küldje be, miután elfogadta.',
  },
  'coauthors.not_a_co_author': {
    ro: 'Această persoană nu este coautor al propunerii.',
    en: 'This person is not a co-author of the proposal.',
    hu: 'Ez a személy nem társszerzője a javaslatnak.',
  },
  'coauthors.invitation.intro': {
    ro: '{inviter} vă invită să fiți coautor al propunerii „{title}”, la apelul „{call}”.',
    en: '{inviter} invites you to co-author the proposal “{title}”, for the call “{call}”.',
    hu: '{inviter} meghívja Önt a(z) „{title}” javaslat társszerzőjének a(z) „{call}” pályázatban.',
  },
  'coauthors.invitation.what_it_means': {
    ro: 'Coautorii editează ciorna, răspund la cererile de clarificare și primesc aceleași notificări ca autorul principal. Numele dumneavoastră apare pe propunere.',
    en: 'Co-authors edit the draft, answer requests for clarification and get the same notifications as the lead author. Your name appears on the proposal.',
    hu: 'A társszerzők szerkesztik a piszkozatot, válaszolnak a pontosítási kérésekre, és ugyanazokat az értesítéseket kapják, mint a fő szerző. Az Ön neve megjelenik a javaslaton.',
  },
  'coauthors.invitation.expires': {
    ro: 'Invitația este valabilă până pe {date}.',
    en: 'The invitation is valid until {date}.',
    hu: 'A meghívás {date}-ig érvényes.',
  },
  'coauthors.invitation.accept': { ro: 'Accept', en: 'Accept', hu: 'Elfogadom' },
  'coauthors.invitation.decline': { ro: 'Refuz', en: 'Decline', hu: 'Elutasítom' },
  'coauthors.invitation.accepted': {
    ro: 'Ați devenit coautor al propunerii.',
    en: 'You are now a co-author of the proposal.',
    hu: 'Ön most társszerzője a javaslatnak.',
  },
  'coauthors.invitation.declined': {
    ro: 'Ați refuzat invitația.',
    en: 'You declined the invitation.',
    hu: 'Elutasította a meghívást.',
  },
  'coauthors.invitation.answered': {
    ro: 'Această invitație nu mai așteaptă un răspuns: a fost deja acceptată, refuzată sau retrasă.',
    en: 'This invitation no longer waits for an answer: it was already accepted, declined or withdrawn.',
    hu: 'Ez a meghívás már nem vár válaszra: elfogadták, elutasították vagy visszavonták.',
  },
  'coauthors.invitation.expired': {
    ro: 'Invitația a expirat. Cereți autorilor o invitație nouă.',
    en: 'The invitation has expired. Ask the authors for a new one.',
    hu: 'A meghívás lejárt. Kérjen új meghívást a szerzőktől.',
  },
  'coauthors.invitation.moved_on': {
    ro: 'Propunerea nu mai este o ciornă sau apelul s-a închis: echipa nu se mai poate schimba.',
    en: 'The proposal is no longer a draft, or the call has closed: the team can no longer change.',
    hu: 'A javaslat már nem piszkozat, vagy a pályázat lezárult: a csapat már nem változhat.',
  },
  'coauthors.invitation.not_in_audience': {
    ro: 'Nu puteți depune propuneri la acest apel, deci nu puteți fi coautor.',
    en: 'You may not propose to this call, so you cannot be a co-author.',
    hu: 'Ebben a pályázatban nem nyújthat be javaslatot, így társszerző sem lehet.',
  },
  'coauthors.invitation.invalid_link': {
    ro: 'Linkul nu este valabil: poate a fost deja folosit sau invitația a fost retrasă.',
    en: 'The link is not valid: it may have been used already, or the invitation was withdrawn.',
    hu: 'A hivatkozás nem érvényes: talán már felhasználták, vagy a meghívást visszavonták.',
  },
  'coauthors.invitation.mine_heading': {
    ro: 'Invitații să fiți coautor',
    en: 'Invitations to co-author',
    hu: 'Társszerzői meghívások',
  },
  'coauthors.invitation.waiting': {
    ro: 'Aveți invitații să fiți coautor care așteaptă un răspuns: {count}.',
    en: 'Invitations to co-author waiting for your answer: {count}.',
    hu: 'Válaszra váró társszerzői meghívásai: {count}.',
  },
  'coauthors.invitation.none': {
    ro: 'Nu aveți invitații care să aștepte un răspuns.',
    en: 'You have no invitations waiting for an answer.',
    hu: 'Nincs válaszra váró meghívása.',
  },
  'coauthors.mail.subject': {
    ro: '{inviter} vă invită să fiți coautor: {title}',
    en: '{inviter} invites you to co-author: {title}',
    hu: '{inviter} meghívja társszerzőnek: {title}',
  },
  'coauthors.mail.body': {
    ro: '{greeting}\n\n{inviter} vă invită să fiți coautor al propunerii „{title}”, la apelul „{call}” ({org}).\n\nCoautorii editează ciorna, răspund la cererile de clarificare și primesc aceleași notificări ca autorul principal.\n\nAcceptați sau refuzați aici (linkul este personal și merge o singură dată, până pe {expires}):\n{link}\n\nDacă nu vă așteptați la această invitație, o puteți ignora.',
    en: '{greeting}\n\n{inviter} invites you to co-author the proposal “{title}”, for the call “{call}” ({org}).\n\nCo-authors edit the draft, answer requests for clarification and get the same notifications as the lead author.\n\nAccept or decline here (the link is personal and works once, until {expires}):\n{link}\n\nIf you did not expect this invitation, you can ignore it.',
    hu: '{greeting}\n\n{inviter} meghívja Önt a(z) „{title}” javaslat társszerzőjének a(z) „{call}” pályázatban ({org}).\n\nA társszerzők szerkesztik a piszkozatot, válaszolnak a pontosítási kérésekre, és ugyanazokat az értesítéseket kapják, mint a fő szerző.\n\nElfogadás vagy elutasítás itt (a hivatkozás személyes, egyszer működik, {expires}-ig):\n{link}\n\nHa nem várta ezt a meghívást, figyelmen kívül hagyhatja.',
  },
  'coauthors.notification.answered.label': {
    ro: 'Un coleg a răspuns la invitația de coautor',
    en: 'A colleague answered an invitation to co-author',
    hu: 'Egy kolléga válaszolt a társszerzői meghívásra',
  },
  'coauthors.notification.accepted.title': {
    ro: '{name} s-a alăturat echipei: {title}',
    en: '{name} joined the team: {title}',
    hu: '{name} csatlakozott a csapathoz: {title}',
  },
  'coauthors.notification.accepted.body': {
    ro: '{name} a acceptat invitația și este acum coautor al propunerii.',
    en: '{name} accepted the invitation and is now a co-author of the proposal.',
    hu: '{name} elfogadta a meghívást, és most társszerzője a javaslatnak.',
  },
  'coauthors.notification.declined.title': {
    ro: '{name} a refuzat invitația: {title}',
    en: '{name} declined the invitation: {title}',
    hu: '{name} elutasította a meghívást: {title}',
  },
  'coauthors.notification.declined.body': {
    ro: '{name} nu se alătură echipei acestei propuneri.',
    en: '{name} will not join this proposal’s team.',
    hu: '{name} nem csatlakozik a javaslat csapatához.',
  },
  'privacy.data.item.co_authorships': {
    ro: 'propunerile la care sunteți coautor și invitațiile de coautor trimise sau primite',
    en: 'the proposals you co-author and the invitations to co-author you sent or received',
    hu: 'a javaslatok, amelyeknek társszerzője, és a küldött vagy kapott társszerzői meghívások',
  },
  'privacy.delete.removed.co_authorships': {
    ro: 'locul dumneavoastră în echipele ciornelor nedepuse și invitațiile în așteptare',
    en: 'your place on the teams of drafts never submitted, and pending invitations',
    hu: 'helye a be nem nyújtott piszkozatok csapataiban és a függő meghívások',
  },
  'privacy.delete.kept.co_authorships': {
    ro: 'calitatea de coautor al propunerilor depuse, sub numele fix al contului șters',
    en: 'your co-authorship of submitted proposals, under the erased account’s fixed name',
    hu: 'a beküldött javaslatok társszerzősége, a törölt fiók rögzített nevén',
  },
});
