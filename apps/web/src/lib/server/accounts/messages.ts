import { defineMessages } from '../../i18n/catalog.ts';

export const messages = defineMessages({
  'accounts.two_factor.title': {
    ro: 'Autentificare în doi pași',
    en: 'Two-factor sign-in',
    hu: 'Kétlépcsős bejelentkezés',
  },
  'accounts.two_factor.intro': {
    ro: 'Pe lângă parolă, la intrare vi se cere un cod de 6 cifre dintr-o aplicație de autentificare de pe telefon (de exemplu Aegis, FreeOTP, Google sau Microsoft Authenticator). Cine vă află parola tot nu poate intra.',
    en: 'Besides your password, signing in asks for a 6-digit code from an authenticator app on your phone (such as Aegis, FreeOTP, Google or Microsoft Authenticator). Someone who learns your password still cannot get in.',
    hu: 'A jelszó mellett belépéskor egy 6 jegyű kódot kérünk a telefonján lévő hitelesítő alkalmazásból (például Aegis, FreeOTP, Google vagy Microsoft Authenticator). Aki megtudja a jelszavát, akkor sem tud belépni.',
  },
  'accounts.two_factor.status_on': {
    ro: 'Autentificarea în doi pași este activă. Coduri de recuperare rămase: {left}.',
    en: 'Two-factor sign-in is on. Recovery codes left: {left}.',
    hu: 'A kétlépcsős bejelentkezés be van kapcsolva. Megmaradt visszaállító kódok: {left}.',
  },
  'accounts.two_factor.status_off': {
    ro: 'Autentificarea în doi pași nu este activă.',
    en: 'Two-factor sign-in is off.',
    hu: 'A kétlépcsős bejelentkezés ki van kapcsolva.',
  },
  'accounts.two_factor.start': {
    ro: 'Activează autentificarea în doi pași',
    en: 'Turn on two-factor sign-in',
    hu: 'Kétlépcsős bejelentkezés bekapcsolása',
  },
  'accounts.two_factor.scan': {
    ro: 'Scanați codul QR cu aplicația de autentificare, sau introduceți în ea cheia de mai jos. Apoi scrieți codul de 6 cifre pe care îl arată.',
    en: 'Scan the QR code with your authenticator app, or type the key below into it. Then enter the 6-digit code it shows.',
    hu: 'Olvassa be a QR-kódot a hitelesítő alkalmazással, vagy írja be az alábbi kulcsot. Ezután adja meg a megjelenő 6 jegyű kódot.',
  },
  'accounts.two_factor.qr_label': {
    ro: 'Cod QR pentru aplicația de autentificare',
    en: 'QR code for the authenticator app',
    hu: 'QR-kód a hitelesítő alkalmazáshoz',
  },
  'accounts.two_factor.key': { ro: 'Cheia', en: 'Key', hu: 'Kulcs' },
  'accounts.two_factor.field.code': {
    ro: 'Codul din aplicație',
    en: 'Code from the app',
    hu: 'Kód az alkalmazásból',
  },
  'accounts.two_factor.field.code_or_recovery': {
    ro: 'Codul din aplicație sau un cod de recuperare',
    en: 'Code from the app, or a recovery code',
    hu: 'Kód az alkalmazásból vagy egy visszaállító kód',
  },
  'accounts.two_factor.confirm': { ro: 'Confirmă', en: 'Confirm', hu: 'Megerősítés' },
  'accounts.two_factor.recovery_title': {
    ro: 'Codurile de recuperare',
    en: 'Your recovery codes',
    hu: 'Visszaállító kódjai',
  },
  'accounts.two_factor.recovery_intro': {
    ro: 'Păstrați aceste coduri într-un loc sigur (tipărite sau într-un manager de parole). Fiecare vă lasă să intrați o singură dată dacă nu aveți telefonul. Nu le vom mai afișa.',
    en: 'Keep these codes somewhere safe (printed, or in a password manager). Each lets you in once if you do not have your phone. They will not be shown again.',
    hu: 'Tartsa ezeket a kódokat biztonságos helyen (kinyomtatva vagy jelszókezelőben). Mindegyik egyszer enged be, ha nincs Önnél a telefonja. Többé nem jelenítjük meg őket.',
  },
  'accounts.two_factor.enabled': {
    ro: 'Autentificarea în doi pași este activă de acum.',
    en: 'Two-factor sign-in is now on.',
    hu: 'A kétlépcsős bejelentkezés mostantól be van kapcsolva.',
  },
  'accounts.two_factor.regenerate': {
    ro: 'Coduri de recuperare noi',
    en: 'New recovery codes',
    hu: 'Új visszaállító kódok',
  },
  'accounts.two_factor.disable': {
    ro: 'Dezactivează autentificarea în doi pași',
    en: 'Turn off two-factor sign-in',
    hu: 'Kétlépcsős bejelentkezés kikapcsolása',
  },
  'accounts.two_factor.disabled': {
    ro: 'Autentificarea în doi pași a fost dezactivată.',
    en: 'Two-factor sign-in was turned off.',
    hu: 'A kétlépcsős bejelentkezés kikapcsolva.',
  },
  'accounts.two_factor.code_wrong': {
    ro: 'Codul nu este corect sau a expirat. Scrieți codul afișat acum de aplicație.',
    en: 'The code is not right or has expired. Enter the code the app shows now.',
    hu: 'A kód nem helyes vagy lejárt. Adja meg az alkalmazás által most mutatott kódot.',
  },
  'accounts.two_factor.already_on': {
    ro: 'Autentificarea în doi pași este deja activă.',
    en: 'Two-factor sign-in is already on.',
    hu: 'A kétlépcsős bejelentkezés már be van kapcsolva.',
  },
  'accounts.two_factor.setup_expired': {
    ro: 'Configurarea a expirat: începeți din nou.',
    en: 'The setup has expired: start again.',
    hu: 'A beállítás lejárt: kezdje újra.',
  },
  'accounts.two_factor.required_here': {
    ro: 'Organizația dumneavoastră cere administratorilor autentificarea în doi pași: nu o puteți dezactiva cât sunteți administrator.',
    en: 'Your organisation requires two-factor sign-in of its administrators: you cannot turn it off while you are one.',
    hu: 'Szervezete megköveteli az adminisztrátoroktól a kétlépcsős bejelentkezést: amíg adminisztrátor, nem kapcsolhatja ki.',
  },
  'accounts.two_factor.required_banner': {
    ro: 'Organizația cere administratorilor autentificarea în doi pași. Activați-o pentru a folosi instrumentele de administrare.',
    en: 'Your organisation requires two-factor sign-in of its administrators. Turn it on to use the administration tools.',
    hu: 'A szervezet megköveteli az adminisztrátoroktól a kétlépcsős bejelentkezést. Kapcsolja be az adminisztrációs eszközök használatához.',
  },
  'accounts.two_factor.sign_in_title': {
    ro: 'Al doilea pas',
    en: 'Second step',
    hu: 'Második lépés',
  },
  'accounts.two_factor.sign_in_intro': {
    ro: 'Scrieți codul de 6 cifre din aplicația de autentificare. Dacă nu aveți telefonul, folosiți unul dintre codurile de recuperare.',
    en: 'Enter the 6-digit code from your authenticator app. If you do not have your phone, use one of your recovery codes.',
    hu: 'Adja meg a hitelesítő alkalmazás 6 jegyű kódját. Ha nincs Önnél a telefonja, használja az egyik visszaállító kódot.',
  },
  'accounts.sign_in.password_reset': {
    ro: 'Parola a fost schimbată. Intrați cu parola nouă și codul din aplicație.',
    en: 'Your password was changed. Sign in with the new password and the code from your app.',
    hu: 'Jelszava megváltozott. Lépjen be az új jelszóval és az alkalmazás kódjával.',
  },
  'accounts.sign_in.account_locked': {
    ro: 'Au fost prea multe încercări greșite pentru acest cont. Intrați de pe un dispozitiv de pe care ați mai intrat, reveniți peste un sfert de oră sau resetați parola prin e-mail.',
    en: 'There were too many failed attempts on this account. Sign in from a device you have used before, come back in a quarter of an hour, or reset your password by e-mail.',
    hu: 'Túl sok sikertelen próbálkozás történt ezzel a fiókkal. Lépjen be egy korábban használt eszközről, térjen vissza negyedóra múlva, vagy állítsa vissza jelszavát e-mailben.',
  },
  'accounts.password.too_guessable': {
    ro: 'Această parolă este prea ușor de ghicit: seamănă cu parole obișnuite sau scurse pe internet, ori conține numele sau adresa dumneavoastră. Alegeți câteva cuvinte fără legătură între ele.',
    en: 'This password is too easy to guess: it resembles common or leaked passwords, or contains your name or address. Choose a few unrelated words.',
    hu: 'Ez a jelszó túl könnyen kitalálható: gyakori vagy kiszivárgott jelszavakra hasonlít, vagy a nevét, címét tartalmazza. Válasszon néhány egymáshoz nem kapcsolódó szót.',
  },
  'accounts.mail.greeting': { ro: 'Bună ziua, {name},', en: 'Hello {name},', hu: 'Kedves {name}!' },
  /** For an address nobody has proved they own: the name was typed by whoever signed up. */
  'accounts.mail.greeting_plain': { ro: 'Bună ziua,', en: 'Hello,', hu: 'Tisztelt Címzett!' },
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

  // Field problems
  'accounts.password.too_short': {
    ro: 'Parola trebuie să aibă cel puțin {min} caractere.',
    en: 'The password must have at least {min} characters.',
    hu: 'A jelszónak legalább {min} karakterből kell állnia.',
  },
  'accounts.password.current_wrong': {
    ro: 'Parola actuală nu este corectă.',
    en: 'The current password is not correct.',
    hu: 'A jelenlegi jelszó nem helyes.',
  },
  'accounts.token.invalid': {
    ro: 'Linkul nu mai este valabil: a expirat sau a fost deja folosit. Cereți unul nou.',
    en: 'This link is no longer valid: it has expired or has already been used. Ask for a new one.',
    hu: 'A hivatkozás már nem érvényes: lejárt, vagy már felhasználták. Kérjen újat.',
  },
  'accounts.sign_in.failed': {
    ro: 'Adresa de e-mail sau parola nu este corectă.',
    en: 'The e-mail address or the password is not correct.',
    hu: 'Az e-mail-cím vagy a jelszó nem helyes.',
  },
  'accounts.sso.failed': {
    ro: 'Autentificarea prin contul instituției nu a reușit. Încercați din nou.',
    en: 'Signing in with your organisation account did not work. Try again.',
    hu: 'A szervezeti fiókkal való bejelentkezés nem sikerült. Próbálja újra.',
  },

  // Shared labels
  'accounts.field.name': { ro: 'Nume complet', en: 'Full name', hu: 'Teljes név' },
  'accounts.field.email': { ro: 'Adresa de e-mail', en: 'E-mail address', hu: 'E-mail-cím' },
  'accounts.field.password': { ro: 'Parola', en: 'Password', hu: 'Jelszó' },
  'accounts.field.new_password': { ro: 'Parola nouă', en: 'New password', hu: 'Új jelszó' },
  'accounts.field.current_password': {
    ro: 'Parola actuală',
    en: 'Current password',
    hu: 'Jelenlegi jelszó',
  },
  'accounts.field.password_hint': {
    ro: 'Cel puțin {min} caractere. O frază ușor de reținut este o alegere bună.',
    en: 'At least {min} characters. A phrase you can remember is a good choice.',
    hu: 'Legalább {min} karakter. Egy könnyen megjegyezhető mondat jó választás.',
  },
  'accounts.field.locale': {
    ro: 'Limba preferată',
    en: 'Preferred language',
    hu: 'Választott nyelv',
  },
  'accounts.field.locale_hint': {
    ro: 'În această limbă vă trimitem e-mailurile.',
    en: 'We write to you in this language.',
    hu: 'Ezen a nyelven írunk Önnek.',
  },
  'accounts.field.department': {
    ro: 'Direcția sau serviciul',
    en: 'Department',
    hu: 'Szervezeti egység',
  },
  'accounts.field.department_none': {
    ro: 'Nicio direcție aleasă',
    en: 'No department chosen',
    hu: 'Nincs kiválasztva',
  },
  'accounts.role.participant': { ro: 'Participant', en: 'Participant', hu: 'Résztvevő' },
  'accounts.role.employee': { ro: 'Angajat', en: 'Employee', hu: 'Munkatárs' },
  'accounts.role.evaluator': { ro: 'Evaluator', en: 'Evaluator', hu: 'Értékelő' },
  'accounts.role.moderator': { ro: 'Moderator', en: 'Moderator', hu: 'Moderátor' },
  'accounts.role.admin': { ro: 'Administrator', en: 'Administrator', hu: 'Adminisztrátor' },

  // Sign up
  'accounts.sign_up.title': {
    ro: 'Creați un cont',
    en: 'Create an account',
    hu: 'Fiók létrehozása',
  },
  'accounts.sign_up.intro': {
    ro: 'Cu un cont puteți trimite propuneri și urmări ce se întâmplă cu ele.',
    en: 'With an account you can send proposals and follow what happens to them.',
    hu: 'Fiókkal javaslatokat küldhet be, és követheti, mi történik velük.',
  },
  'accounts.sign_up.submit': { ro: 'Creează contul', en: 'Create account', hu: 'Fiók létrehozása' },
  'accounts.sign_up.have_account': {
    ro: 'Aveți deja cont? Autentificați-vă.',
    en: 'Already have an account? Sign in.',
    hu: 'Van már fiókja? Jelentkezzen be.',
  },
  'accounts.sign_up.sent_title': {
    ro: 'Verificați-vă e-mailul',
    en: 'Check your e-mail',
    hu: 'Nézze meg a postafiókját',
  },
  'accounts.sign_up.sent_body': {
    ro: 'V-am trimis un e-mail. Deschideți linkul din el pentru a vă confirma adresa; linkul este valabil 24 de ore. Dacă nu îl găsiți, verificați și dosarul de spam.',
    en: 'We have sent you an e-mail. Open the link in it to confirm your address; the link is valid for 24 hours. If you cannot find it, check your spam folder too.',
    hu: 'E-mailt küldtünk Önnek. Nyissa meg a benne lévő hivatkozást a címe megerősítéséhez; a hivatkozás 24 óráig érvényes. Ha nem találja, nézze meg a levélszemét mappát is.',
  },

  // Verify
  'accounts.verify.title': {
    ro: 'Confirmați adresa de e-mail',
    en: 'Confirm your e-mail address',
    hu: 'E-mail-cím megerősítése',
  },
  'accounts.verify.intro': {
    ro: 'Apăsați butonul pentru a confirma că această adresă vă aparține.',
    en: 'Press the button to confirm that this address is yours.',
    hu: 'Nyomja meg a gombot annak megerősítéséhez, hogy ez a cím az Öné.',
  },
  'accounts.verify.submit': { ro: 'Confirm adresa', en: 'Confirm my address', hu: 'Megerősítem' },
  'accounts.verify.done': {
    ro: 'Adresa de e-mail a fost confirmată.',
    en: 'Your e-mail address is confirmed.',
    hu: 'E-mail-címét megerősítettük.',
  },
  'accounts.verify.done_employee': {
    ro: 'Adresa de e-mail a fost confirmată. Fiind o adresă a instituției, contul are acum rolul de angajat.',
    en: 'Your e-mail address is confirmed. As it is an address of the organisation, your account now has the employee role.',
    hu: 'E-mail-címét megerősítettük. Mivel ez a szervezet címe, fiókja munkatársi szerepkört kapott.',
  },
  'accounts.verify.new_link': {
    ro: 'Cereți un link nou din pagina profilului.',
    en: 'Ask for a new link from your profile page.',
    hu: 'Új hivatkozást a profiloldalán kérhet.',
  },

  // Sign in
  'accounts.sign_in.title': { ro: 'Autentificare', en: 'Sign in', hu: 'Bejelentkezés' },
  'accounts.sign_in.submit': { ro: 'Intră în cont', en: 'Sign in', hu: 'Bejelentkezés' },
  'accounts.sign_in.forgot': {
    ro: 'Ați uitat parola?',
    en: 'Forgotten your password?',
    hu: 'Elfelejtette a jelszavát?',
  },
  'accounts.sign_in.no_account': {
    ro: 'Nu aveți cont? Creați unul.',
    en: 'No account yet? Create one.',
    hu: 'Még nincs fiókja? Hozzon létre egyet.',
  },
  'accounts.sign_in.sso_title': {
    ro: 'Angajații instituției',
    en: 'Staff of the organisation',
    hu: 'A szervezet munkatársai',
  },
  'accounts.sign_in.sso_button': {
    ro: 'Intră cu contul instituției',
    en: 'Sign in with your organisation account',
    hu: 'Bejelentkezés szervezeti fiókkal',
  },
  'accounts.sign_in.password_title': {
    ro: 'Cu adresa de e-mail și parola',
    en: 'With e-mail address and password',
    hu: 'E-mail-címmel és jelszóval',
  },

  // Sign out
  'accounts.sign_out.title': { ro: 'Ieșire din cont', en: 'Sign out', hu: 'Kijelentkezés' },
  'accounts.sign_out.intro': {
    ro: 'Doriți să ieșiți din cont pe acest dispozitiv?',
    en: 'Do you want to sign out on this device?',
    hu: 'Ki szeretne jelentkezni ezen az eszközön?',
  },
  'accounts.sign_out.done': {
    ro: 'Ați ieșit din cont.',
    en: 'You have signed out.',
    hu: 'Kijelentkezett.',
  },

  // Forgotten password
  'accounts.forgot.title': {
    ro: 'Resetarea parolei',
    en: 'Reset your password',
    hu: 'Jelszó visszaállítása',
  },
  'accounts.forgot.intro': {
    ro: 'Introduceți adresa contului. Vă trimitem un link pentru o parolă nouă, valabil o oră.',
    en: 'Enter the address of your account. We will send you a link for a new password, valid for one hour.',
    hu: 'Adja meg fiókja e-mail-címét. Küldünk egy egy óráig érvényes hivatkozást az új jelszóhoz.',
  },
  'accounts.forgot.submit': { ro: 'Trimite linkul', en: 'Send the link', hu: 'Hivatkozás küldése' },
  'accounts.forgot.sent_body': {
    ro: 'Dacă există un cont cu această adresă, v-am trimis un e-mail cu un link pentru o parolă nouă, valabil o oră.',
    en: 'If there is an account with this address, we have sent it an e-mail with a link for a new password, valid for one hour.',
    hu: 'Ha létezik fiók ezzel a címmel, e-mailt küldtünk rá egy új jelszóhoz vezető, egy óráig érvényes hivatkozással.',
  },

  // Reset password
  'accounts.reset.title': {
    ro: 'Alegeți o parolă nouă',
    en: 'Choose a new password',
    hu: 'Új jelszó megadása',
  },
  'accounts.reset.intro': {
    ro: 'După schimbare, veți fi deconectat de pe toate celelalte dispozitive.',
    en: 'Once it is changed, you will be signed out on every other device.',
    hu: 'A módosítás után minden más eszközön kijelentkeztetjük.',
  },
  'accounts.reset.submit': { ro: 'Salvează parola', en: 'Save password', hu: 'Jelszó mentése' },
  'accounts.reset.done': {
    ro: 'Parola a fost schimbată și sunteți autentificat.',
    en: 'Your password is changed and you are signed in.',
    hu: 'Jelszavát megváltoztattuk, és be van jelentkezve.',
  },

  // Profile
  'accounts.profile.title': { ro: 'Profilul meu', en: 'My profile', hu: 'Profilom' },
  'accounts.profile.details_title': {
    ro: 'Date personale',
    en: 'Your details',
    hu: 'Személyes adatok',
  },
  'accounts.profile.email_hint': {
    ro: 'Adresa de e-mail nu se poate schimba de aici.',
    en: 'The e-mail address cannot be changed here.',
    hu: 'Az e-mail-cím itt nem módosítható.',
  },
  'accounts.profile.roles': { ro: 'Roluri', en: 'Roles', hu: 'Szerepkörök' },
  'accounts.profile.saved': {
    ro: 'Profilul a fost salvat.',
    en: 'Your profile was saved.',
    hu: 'Profilját mentettük.',
  },
  'accounts.profile.password_title': {
    ro: 'Schimbarea parolei',
    en: 'Change your password',
    hu: 'Jelszó módosítása',
  },
  'accounts.profile.password_submit': {
    ro: 'Schimbă parola',
    en: 'Change password',
    hu: 'Jelszó módosítása',
  },
  'accounts.profile.password_changed': {
    ro: 'Parola a fost schimbată. Celelalte sesiuni au fost închise.',
    en: 'Your password was changed. Your other sessions were ended.',
    hu: 'Jelszavát megváltoztattuk. A többi munkamenetet lezártuk.',
  },
  'accounts.profile.no_password': {
    ro: 'Intrați prin contul instituției. Dacă doriți și o parolă, folosiți „Ați uitat parola?” de pe pagina de autentificare.',
    en: 'You sign in with your organisation account. If you also want a password, use “Forgotten your password?” on the sign-in page.',
    hu: 'Ön szervezeti fiókkal jelentkezik be. Ha jelszót is szeretne, használja a bejelentkezési oldal „Elfelejtette a jelszavát?” hivatkozását.',
  },
  'accounts.profile.unverified_title': {
    ro: 'Adresa de e-mail nu este confirmată',
    en: 'Your e-mail address is not confirmed',
    hu: 'E-mail-címe nincs megerősítve',
  },
  'accounts.profile.unverified_body': {
    ro: 'Până la confirmare nu puteți trimite propuneri. Folosiți linkul primit pe e-mail sau cereți unul nou.',
    en: 'Until it is confirmed you cannot send proposals. Use the link we e-mailed you, or ask for a new one.',
    hu: 'Megerősítésig nem küldhet be javaslatot. Használja az e-mailben kapott hivatkozást, vagy kérjen újat.',
  },
  'accounts.profile.resend': {
    ro: 'Trimite din nou e-mailul de confirmare',
    en: 'Send the confirmation e-mail again',
    hu: 'Megerősítő e-mail újraküldése',
  },
  'accounts.profile.resent': {
    ro: 'V-am trimis un nou link de confirmare.',
    en: 'We have sent you a new confirmation link.',
    hu: 'Új megerősítő hivatkozást küldtünk.',
  },

  // E-mails (plain text; {org} is the organisation's name in the recipient's language)
  'accounts.mail.verify.subject': {
    ro: 'Confirmați adresa de e-mail — {org}',
    en: 'Confirm your e-mail address — {org}',
    hu: 'Erősítse meg e-mail-címét — {org}',
  },
  'accounts.mail.verify.body': {
    ro: '{greeting}\n\nV-ați creat un cont pe platforma de inovare {org}. Pentru a confirma adresa de e-mail, deschideți linkul de mai jos și apăsați „Confirm adresa”:\n\n{link}\n\nLinkul este valabil 24 de ore și poate fi folosit o singură dată. Dacă nu dumneavoastră ați creat contul, ignorați acest mesaj.\n\n{org}',
    en: '{greeting}\n\nYou created an account on the {org} innovation platform. To confirm your e-mail address, open the link below and press “Confirm my address”:\n\n{link}\n\nThe link is valid for 24 hours and works once. If you did not create this account, ignore this message.\n\n{org}',
    hu: '{greeting}\n\nFiókot hozott létre a(z) {org} innovációs platformján. E-mail-címe megerősítéséhez nyissa meg az alábbi hivatkozást, és nyomja meg a „Megerősítem” gombot:\n\n{link}\n\nA hivatkozás 24 óráig érvényes, és egyszer használható. Ha nem Ön hozta létre a fiókot, hagyja figyelmen kívül ezt az üzenetet.\n\n{org}',
  },
  'accounts.mail.exists.subject': {
    ro: 'Aveți deja un cont — {org}',
    en: 'You already have an account — {org}',
    hu: 'Már van fiókja — {org}',
  },
  'accounts.mail.exists.body': {
    ro: '{greeting}\n\nCineva (probabil dumneavoastră) a încercat să creeze un cont nou cu această adresă pe platforma {org}. Aveți deja un cont.\n\nAutentificare: {signInLink}\nAți uitat parola? {resetLink}\n\nDacă nu dumneavoastră ați încercat, ignorați acest mesaj: contul nu a fost modificat.\n\n{org}',
    en: '{greeting}\n\nSomeone (probably you) tried to create a new account with this address on the {org} platform. You already have an account.\n\nSign in: {signInLink}\nForgotten your password? {resetLink}\n\nIf it was not you, ignore this message: your account has not been changed.\n\n{org}',
    hu: '{greeting}\n\nValaki (valószínűleg Ön) új fiókot próbált létrehozni ezzel a címmel a(z) {org} platformján. Önnek már van fiókja.\n\nBejelentkezés: {signInLink}\nElfelejtette a jelszavát? {resetLink}\n\nHa nem Ön volt, hagyja figyelmen kívül ezt az üzenetet: fiókja nem változott.\n\n{org}',
  },
  'accounts.mail.reset.subject': {
    ro: 'Parolă nouă — {org}',
    en: 'New password — {org}',
    hu: 'Új jelszó — {org}',
  },
  'accounts.mail.reset.body': {
    ro: '{greeting}\n\nAm primit o cerere de resetare a parolei contului dumneavoastră pe platforma {org}. Pentru a alege o parolă nouă, deschideți linkul:\n\n{link}\n\nLinkul este valabil o oră și poate fi folosit o singură dată. Dacă nu dumneavoastră ați cerut resetarea, ignorați acest mesaj: parola rămâne aceeași.\n\n{org}',
    en: '{greeting}\n\nWe received a request to reset the password of your account on the {org} platform. To choose a new password, open the link:\n\n{link}\n\nThe link is valid for one hour and works once. If you did not ask for this, ignore this message: your password stays the same.\n\n{org}',
    hu: '{greeting}\n\nKérést kaptunk fiókja jelszavának visszaállítására a(z) {org} platformján. Új jelszó megadásához nyissa meg a hivatkozást:\n\n{link}\n\nA hivatkozás egy óráig érvényes, és egyszer használható. Ha nem Ön kérte, hagyja figyelmen kívül ezt az üzenetet: jelszava nem változik.\n\n{org}',
  },
  'accounts.mail.password_changed.subject': {
    ro: 'Parola a fost schimbată — {org}',
    en: 'Your password was changed — {org}',
    hu: 'Jelszava megváltozott — {org}',
  },
  'accounts.mail.password_changed.body': {
    ro: '{greeting}\n\nParola contului dumneavoastră pe platforma {org} tocmai a fost schimbată, iar celelalte sesiuni au fost închise. Dacă nu dumneavoastră ați făcut schimbarea, resetați parola imediat și anunțați administratorul.\n\n{org}',
    en: '{greeting}\n\nThe password of your account on the {org} platform has just been changed, and your other sessions were ended. If you did not make this change, reset your password at once and tell the administrator.\n\n{org}',
    hu: '{greeting}\n\nFiókja jelszava a(z) {org} platformján az imént megváltozott, a többi munkamenetet lezártuk. Ha nem Ön módosította, azonnal állítsa vissza jelszavát, és értesítse az adminisztrátort.\n\n{org}',
  },
  'admin.index.members': {
    ro: 'Membri și roluri',
    en: 'Members and roles',
    hu: 'Tagok és szerepkörök',
  },
  'admin.index.members_desc': {
    ro: 'Căutați membri, schimbați-le rolurile și direcția.',
    en: 'Find members, change their roles and department.',
    hu: 'Tagok keresése, szerepkörük és szervezeti egységük módosítása.',
  },
  'admin.members.title': {
    ro: 'Membri și roluri',
    en: 'Members and roles',
    hu: 'Tagok és szerepkörök',
  },
  'admin.members.search_label': {
    ro: 'Caută după nume sau e-mail',
    en: 'Search by name or e-mail',
    hu: 'Keresés név vagy e-mail szerint',
  },
  'admin.members.col_name': { ro: 'Nume', en: 'Name', hu: 'Név' },
  'admin.members.col_email': { ro: 'E-mail', en: 'E-mail', hu: 'E-mail' },
  'admin.members.col_roles': { ro: 'Roluri', en: 'Roles', hu: 'Szerepkörök' },
  'admin.members.col_department': {
    ro: 'Direcția',
    en: 'Department',
    hu: 'Szervezeti egység',
  },
  'admin.members.edit': { ro: 'Modifică', en: 'Edit', hu: 'Szerkesztés' },
  'admin.members.edit_for': {
    ro: 'Modifică {name}',
    en: 'Edit {name}',
    hu: '{name} szerkesztése',
  },
  'admin.members.unverified': {
    ro: 'adresă neconfirmată',
    en: 'address not confirmed',
    hu: 'nem megerősített cím',
  },
  'admin.members.edit_title': {
    ro: 'Rolurile lui {name}',
    en: 'Roles of {name}',
    hu: '{name} szerepkörei',
  },
  'admin.members.roles_legend': { ro: 'Roluri', en: 'Roles', hu: 'Szerepkörök' },
  'admin.members.roles_hint': {
    ro: 'Toți membrii sunt participanți. Direcția se păstrează doar pentru angajați.',
    en: 'Every member is a participant. Only employees keep a department.',
    hu: 'Minden tag résztvevő. Szervezeti egysége csak munkatársnak lehet.',
  },
  'admin.members.saved': {
    ro: 'Rolurile lui {name} au fost salvate.',
    en: 'The roles of {name} were saved.',
    hu: '{name} szerepköreit mentettük.',
  },
  'admin.members.keep_own_admin': {
    ro: 'Nu vă puteți retrage propriul rol de administrator. Rugați alt administrator.',
    en: 'You cannot remove your own administrator role. Ask another administrator.',
    hu: 'Saját adminisztrátori szerepkörét nem veheti el. Kérjen meg egy másik adminisztrátort.',
  },
  'admin.members.back': {
    ro: 'Înapoi la membri',
    en: 'Back to members',
    hu: 'Vissza a tagokhoz',
  },

  'privacy.data.item.account': {
    ro: 'contul: adresa de e-mail, numele, limba, dacă adresa a fost confirmată, data creării;',
    en: 'your account: e-mail address, name, language, whether the address is confirmed, when it was created;',
    hu: 'fiókja: e-mail-cím, név, nyelv, megerősített-e a cím, létrehozás dátuma;',
  },
  'privacy.data.item.memberships': {
    ro: 'organizațiile din care faceți parte, rolurile, direcția și funcția dumneavoastră;',
    en: 'the organisations you belong to, your roles, your department and your staff grade;',
    hu: 'a szervezetek, amelyeknek tagja, szerepkörei, szervezeti egysége és beosztása;',
  },
  'privacy.data.item.identities': {
    ro: 'conturile instituției legate pentru autentificare (furnizorul și identificatorul);',
    en: 'the organisation accounts linked for signing in (provider and identifier);',
    hu: 'a bejelentkezéshez kapcsolt szervezeti fiókok (szolgáltató és azonosító);',
  },
  'privacy.data.item.sessions': {
    ro: 'sesiunile deschise (doar când au început și când expiră);',
    en: 'your open sessions (only when they began and when they expire);',
    hu: 'nyitott munkamenetei (csak kezdetük és lejáratuk);',
  },
  'privacy.delete.removed.identity': {
    ro: 'numele, adresa de e-mail și parola;',
    en: 'your name, e-mail address and password;',
    hu: 'neve, e-mail-címe és jelszava;',
  },
  'privacy.delete.removed.access': {
    ro: 'sesiunile deschise, linkurile trimise prin e-mail și conturile instituției legate;',
    en: 'your open sessions, the links sent by e-mail and the linked organisation accounts;',
    hu: 'nyitott munkamenetei, az e-mailben küldött hivatkozások és a kapcsolt szervezeti fiókok;',
  },
  'privacy.delete.removed.memberships': {
    ro: 'calitatea de membru și rolurile în fiecare organizație;',
    en: 'your membership and roles in every organisation;',
    hu: 'tagsága és szerepkörei minden szervezetben;',
  },
});
