import { defineMessages } from '../../i18n/catalog.ts';

export const messages = defineMessages({
  'organisation_admin.field.require_admin_two_factor': {
    ro: 'Administratorii intră doar cu autentificare în doi pași',
    en: 'Administrators sign in with two-factor sign-in only',
    hu: 'Az adminisztrátorok csak kétlépcsős bejelentkezéssel lépnek be',
  },
  'organisation_admin.require_two_factor.self_first': {
    ro: 'Activați întâi autentificarea în doi pași pentru contul dumneavoastră (Profil → Autentificare în doi pași).',
    en: 'First turn on two-factor sign-in for your own account (Profile → Two-factor sign-in).',
    hu: 'Először kapcsolja be a kétlépcsős bejelentkezést saját fiókjában (Profil → Kétlépcsős bejelentkezés).',
  },
  'organisation_admin.field.public_url': {
    ro: 'Adresa publică',
    en: 'Public address',
    hu: 'Nyilvános cím',
  },
  'organisation_admin.field.public_url_hint': {
    ro: 'Adresa la care oamenii deschid platforma, de forma https://inovare.primaria.ro. Linkurile din e-mailuri duc aici. Lăsați gol pentru adresa instalării.',
    en: 'The address people open the platform at, such as https://inovare.primaria.ro. Links in e-mails lead here. Leave empty for the installation’s address.',
    hu: 'A cím, amelyen a platform megnyílik, például https://inovare.primaria.ro. Az e-mailekben lévő hivatkozások ide mutatnak. Hagyja üresen a telepítés címéhez.',
  },
  'organisation_admin.public_url.invalid': {
    ro: 'Scrieți o adresă completă, fără cale, de forma https://inovare.primaria.ro.',
    en: 'Enter a full address without a path, such as https://inovare.primaria.ro.',
    hu: 'Adjon meg egy teljes címet útvonal nélkül, például https://inovare.primaria.ro.',
  },
  'organisation_admin.index.sso': {
    ro: 'Autentificare unică (SSO)',
    en: 'Single sign-on',
    hu: 'Egyszeri bejelentkezés (SSO)',
  },
  'organisation_admin.index.sso_desc': {
    ro: 'Furnizorul de identitate al organizației și rolul pe care îl primesc cei care intră prin el.',
    en: 'The organisation’s identity provider, and the role people signing in through it receive.',
    hu: 'A szervezet identitásszolgáltatója, és a szerepkör, amelyet az általa belépők kapnak.',
  },
  'organisation_admin.sso.title': {
    ro: 'Autentificare unică (SSO)',
    en: 'Single sign-on',
    hu: 'Egyszeri bejelentkezés (SSO)',
  },
  'organisation_admin.sso.intro': {
    ro: 'Angajații intră cu contul de la serviciu, prin furnizorul de identitate al organizației (OpenID Connect). O adresă de e-mail este legată de un cont existent doar dacă furnizorul confirmă că adresa este verificată.',
    en: 'Staff sign in with their work account, through the organisation’s identity provider (OpenID Connect). An e-mail address is linked to an existing account only when the provider confirms the address is verified.',
    hu: 'A munkatársak munkahelyi fiókjukkal lépnek be a szervezet identitásszolgáltatóján keresztül (OpenID Connect). Egy e-mail-cím csak akkor kapcsolódik meglévő fiókhoz, ha a szolgáltató megerősíti, hogy a cím ellenőrzött.',
  },
  'organisation_admin.sso.none': {
    ro: 'Autentificarea unică nu este configurată.',
    en: 'Single sign-on is not set up.',
    hu: 'Az egyszeri bejelentkezés nincs beállítva.',
  },
  'organisation_admin.sso.field.issuer': {
    ro: 'Adresa furnizorului (issuer)',
    en: 'Provider address (issuer)',
    hu: 'Szolgáltató címe (issuer)',
  },
  'organisation_admin.sso.field.client_id': {
    ro: 'Identificatorul aplicației (client ID)',
    en: 'Application identifier (client ID)',
    hu: 'Alkalmazásazonosító (client ID)',
  },
  'organisation_admin.sso.field.client_secret': {
    ro: 'Secretul aplicației (client secret)',
    en: 'Application secret (client secret)',
    hu: 'Alkalmazástitok (client secret)',
  },
  'organisation_admin.sso.field.client_secret_hint': {
    ro: 'Nu este afișat niciodată. Lăsați gol pentru a-l păstra pe cel salvat.',
    en: 'Never shown. Leave empty to keep the saved one.',
    hu: 'Soha nem jelenik meg. Hagyja üresen a mentett megtartásához.',
  },
  'organisation_admin.sso.field.role': {
    ro: 'Rolul primit la intrare',
    en: 'Role received on signing in',
    hu: 'Belépéskor kapott szerepkör',
  },
  'organisation_admin.sso.role.employee': {
    ro: 'Angajat (furnizorul organizației)',
    en: 'Employee (the organisation’s own provider)',
    hu: 'Munkatárs (a szervezet saját szolgáltatója)',
  },
  'organisation_admin.sso.role.participant': {
    ro: 'Participant (un furnizor pentru cetățeni)',
    en: 'Participant (a provider for citizens)',
    hu: 'Résztvevő (állampolgári szolgáltató)',
  },
  'organisation_admin.sso.redirect_uri': {
    ro: 'Adresa de întoarcere, de înregistrat la furnizor:',
    en: 'The redirect address to register with the provider:',
    hu: 'A szolgáltatónál regisztrálandó visszatérési cím:',
  },
  'organisation_admin.sso.saved': {
    ro: 'Autentificarea unică a fost salvată.',
    en: 'Single sign-on was saved.',
    hu: 'Az egyszeri bejelentkezés mentve.',
  },
  'organisation_admin.sso.remove': {
    ro: 'Oprește autentificarea unică',
    en: 'Turn single sign-on off',
    hu: 'Egyszeri bejelentkezés kikapcsolása',
  },
  'organisation_admin.sso.removed': {
    ro: 'Autentificarea unică a fost oprită. Conturile rămân; oamenii intră cu parola sau își pot alege una.',
    en: 'Single sign-on was turned off. Accounts stay; people sign in with a password or can choose one.',
    hu: 'Az egyszeri bejelentkezés kikapcsolva. A fiókok megmaradnak; jelszóval lehet belépni, vagy választani egyet.',
  },
  'organisation_admin.sso.issuer_invalid': {
    ro: 'Scrieți adresa completă a furnizorului, de forma https://login.primaria.ro/realms/staff.',
    en: 'Enter the provider’s full address, such as https://login.primaria.ro/realms/staff.',
    hu: 'Adja meg a szolgáltató teljes címét, például https://login.primaria.ro/realms/staff.',
  },
  'organisations.slug.taken': {
    ro: 'Acest identificator este deja folosit de altă organizație.',
    en: 'Another organisation already uses this identifier.',
    hu: 'Ezt az azonosítót már egy másik szervezet használja.',
  },
  'organisations.department_key.taken': {
    ro: 'O direcție cu acest identificator există deja.',
    en: 'A department with this identifier already exists.',
    hu: 'Ilyen azonosítójú szervezeti egység már létezik.',
  },
  'organisation_admin.index.settings': {
    ro: 'Setările organizației',
    en: 'Organisation settings',
    hu: 'A szervezet beállításai',
  },
  'organisation_admin.index.settings_desc': {
    ro: 'Numele, fusul orar, limba implicită, domeniile de e-mail ale angajaților și adresele.',
    en: 'Name, time zone, default language, staff e-mail domains and host names.',
    hu: 'Név, időzóna, alapértelmezett nyelv, a munkatársak e-mail-tartományai és a címek.',
  },
  'organisation_admin.index.departments': {
    ro: 'Direcții și servicii',
    en: 'Departments',
    hu: 'Szervezeti egységek',
  },
  'organisation_admin.index.departments_desc': {
    ro: 'Structura organizației: adăugați, redenumiți, mutați sau ștergeți direcții.',
    en: 'The structure of the organisation: add, rename, move or delete departments.',
    hu: 'A szervezet felépítése: egységek hozzáadása, átnevezése, áthelyezése vagy törlése.',
  },

  // Settings
  'organisation_admin.settings.title': {
    ro: 'Setările organizației',
    en: 'Organisation settings',
    hu: 'A szervezet beállításai',
  },
  'organisation_admin.settings.saved': {
    ro: 'Setările au fost salvate.',
    en: 'The settings were saved.',
    hu: 'A beállításokat mentettük.',
  },
  'organisation_admin.field.name': {
    ro: 'Numele organizației ({language})',
    en: 'Name of the organisation ({language})',
    hu: 'A szervezet neve ({language})',
  },
  'organisation_admin.field.time_zone': { ro: 'Fusul orar', en: 'Time zone', hu: 'Időzóna' },
  'organisation_admin.field.time_zone_hint': {
    ro: 'Datele și orele se afișează în acest fus orar.',
    en: 'Dates and times are shown in this time zone.',
    hu: 'A dátumok és időpontok ebben az időzónában jelennek meg.',
  },
  'organisation_admin.field.default_locale': {
    ro: 'Limba implicită',
    en: 'Default language',
    hu: 'Alapértelmezett nyelv',
  },
  'organisation_admin.field.default_locale_hint': {
    ro: 'Pentru vizitatorii care nu și-au ales limba.',
    en: 'For visitors who have not chosen a language.',
    hu: 'Azoknak a látogatóknak, akik nem választottak nyelvet.',
  },
  'organisation_admin.field.staff_domains': {
    ro: 'Domeniile de e-mail ale angajaților',
    en: 'Staff e-mail domains',
    hu: 'A munkatársak e-mail-tartományai',
  },
  'organisation_admin.field.staff_domains_hint': {
    ro: 'Câte unul pe rând, de exemplu primariaclujnapoca.ro (cel mult {max}). Cine își confirmă o adresă pe unul dintre ele devine angajat.',
    en: 'One per line, for example primariaclujnapoca.ro (at most {max}). Whoever confirms an address on one of them becomes an employee.',
    hu: 'Soronként egy, például primariaclujnapoca.ro (legfeljebb {max}). Aki ezek egyikén erősít meg címet, munkatárs lesz.',
  },
  'organisation_admin.field.hosts': {
    ro: 'Adresele platformei (nume de gazdă)',
    en: 'Host names of the platform',
    hu: 'A platform címei (gazdanevek)',
  },
  'organisation_admin.field.hosts_hint': {
    ro: 'Câte unul pe rând, fără https:// și fără port, de exemplu idei.primariaclujnapoca.ro (cel mult {max}).',
    en: 'One per line, without https:// or a port, for example idei.primariaclujnapoca.ro (at most {max}).',
    hu: 'Soronként egy, https:// és port nélkül, például idei.primariaclujnapoca.ro (legfeljebb {max}).',
  },
  'organisation_admin.time_zone.unknown': {
    ro: 'Alegeți un fus orar din listă.',
    en: 'Choose a time zone from the list.',
    hu: 'Válasszon időzónát a listából.',
  },
  'organisation_admin.list.too_many': {
    ro: 'Cel mult {max} rânduri.',
    en: 'At most {max} lines.',
    hu: 'Legfeljebb {max} sor.',
  },
  'organisation_admin.list.duplicate': {
    ro: '„{value}” apare de două ori.',
    en: '“{value}” appears twice.',
    hu: '„{value}” kétszer szerepel.',
  },
  'organisation_admin.domain.invalid': {
    ro: '„{value}” nu este un domeniu valid. Scrieți doar partea de după @, de exemplu primariaclujnapoca.ro.',
    en: '“{value}” is not a valid domain. Write only the part after the @, for example primariaclujnapoca.ro.',
    hu: '„{value}” nem érvényes tartomány. Csak a @ utáni részt írja, például primariaclujnapoca.ro.',
  },
  'organisation_admin.host.invalid': {
    ro: '„{value}” nu este un nume de gazdă valid. Scrieți-l fără https://, fără cale și fără port.',
    en: '“{value}” is not a valid host name. Write it without https://, a path or a port.',
    hu: '„{value}” nem érvényes gazdanév. Írja https://, útvonal és port nélkül.',
  },
  'organisation_admin.host.taken': {
    ro: 'Adresa „{value}” este deja folosită de altă organizație.',
    en: 'Another organisation already uses the host name “{value}”.',
    hu: 'A(z) „{value}” gazdanevet már egy másik szervezet használja.',
  },

  // Departments
  'organisation_admin.departments.title': {
    ro: 'Direcții și servicii',
    en: 'Departments',
    hu: 'Szervezeti egységek',
  },
  'organisation_admin.departments.intro': {
    ro: 'Structura organizației. Angajații își aleg direcția din această listă.',
    en: 'The structure of the organisation. Employees choose their department from this list.',
    hu: 'A szervezet felépítése. A munkatársak ebből a listából választják ki egységüket.',
  },
  'organisation_admin.departments.empty': {
    ro: 'Nu există încă nicio direcție.',
    en: 'There are no departments yet.',
    hu: 'Még nincs szervezeti egység.',
  },
  'organisation_admin.departments.members': {
    ro: 'membri: {count}',
    en: 'members: {count}',
    hu: 'tagok: {count}',
  },
  'organisation_admin.departments.edit': { ro: 'Modifică', en: 'Edit', hu: 'Szerkesztés' },
  'organisation_admin.departments.create_title': {
    ro: 'Adaugă o direcție',
    en: 'Add a department',
    hu: 'Szervezeti egység hozzáadása',
  },
  'organisation_admin.departments.create_submit': {
    ro: 'Adaugă direcția',
    en: 'Add the department',
    hu: 'Egység hozzáadása',
  },
  'organisation_admin.departments.created': {
    ro: 'Direcția „{name}” a fost adăugată.',
    en: 'The department “{name}” was added.',
    hu: 'A(z) „{name}” egységet hozzáadtuk.',
  },
  'organisation_admin.departments.saved': {
    ro: 'Direcția „{name}” a fost salvată.',
    en: 'The department “{name}” was saved.',
    hu: 'A(z) „{name}” egységet mentettük.',
  },
  'organisation_admin.departments.deleted': {
    ro: 'Direcția a fost ștearsă.',
    en: 'The department was deleted.',
    hu: 'Az egységet töröltük.',
  },
  'organisation_admin.field.department_name': {
    ro: 'Numele direcției ({language})',
    en: 'Name of the department ({language})',
    hu: 'Az egység neve ({language})',
  },
  'organisation_admin.field.key': { ro: 'Identificator', en: 'Identifier', hu: 'Azonosító' },
  'organisation_admin.field.key_hint': {
    ro: 'Litere mici fără diacritice, cifre și cratime, de exemplu achizitii-publice. Unic în organizație.',
    en: 'Lower-case letters without accents, digits and hyphens, for example public-procurement. Unique in the organisation.',
    hu: 'Ékezet nélküli kisbetűk, számjegyek és kötőjelek, például kozbeszerzes. A szervezetben egyedi.',
  },
  'organisation_admin.field.parent': {
    ro: 'Face parte din',
    en: 'Part of',
    hu: 'Felettes egység',
  },
  'organisation_admin.field.parent_none': {
    ro: 'Niciuna (direcție de nivel superior)',
    en: 'None (top-level department)',
    hu: 'Nincs (legfelső szintű egység)',
  },
  'organisation_admin.department.key_format': {
    ro: 'Folosiți doar litere mici fără diacritice, cifre și cratime între ele.',
    en: 'Use only lower-case letters without accents, digits, and hyphens between them.',
    hu: 'Csak ékezet nélküli kisbetűket, számjegyeket és közöttük kötőjelet használjon.',
  },
  'organisation_admin.department.parent_unknown': {
    ro: 'Alegeți o direcție din listă.',
    en: 'Choose a department from the list.',
    hu: 'Válasszon egységet a listából.',
  },
  'organisation_admin.department.parent_cycle': {
    ro: 'O direcție nu poate face parte din ea însăși sau dintr-una dintre subdiviziunile ei.',
    en: 'A department cannot be part of itself or of one of its own sub-departments.',
    hu: 'Egy egység nem lehet önmaga vagy saját alegységének része.',
  },
  'organisation_admin.department.has_children': {
    ro: 'Direcția are subdiviziuni. Mutați-le sau ștergeți-le mai întâi.',
    en: 'The department has sub-departments. Move or delete them first.',
    hu: 'Az egységnek alegységei vannak. Előbb helyezze át vagy törölje őket.',
  },
  'organisation_admin.department.has_members': {
    ro: 'Unii membri fac parte din această direcție. Mutați-i mai întâi în altă direcție (din pagina Membri și roluri).',
    en: 'Some members belong to this department. Move them to another department first (on the Members and roles page).',
    hu: 'Egyes tagok ehhez az egységhez tartoznak. Előbb helyezze át őket (a Tagok és szerepkörök oldalon).',
  },
  'organisation_admin.department.edit_title': {
    ro: 'Direcția „{name}”',
    en: 'Department “{name}”',
    hu: '„{name}” egység',
  },
  'organisation_admin.department.back': {
    ro: 'Înapoi la direcții',
    en: 'Back to departments',
    hu: 'Vissza az egységekhez',
  },
  'organisation_admin.department.holds': {
    ro: 'Membri: {members}. Subdiviziuni: {children}.',
    en: 'Members: {members}. Sub-departments: {children}.',
    hu: 'Tagok: {members}. Alegységek: {children}.',
  },
  'organisation_admin.department.delete_title': {
    ro: 'Ștergerea direcției',
    en: 'Delete the department',
    hu: 'Az egység törlése',
  },
  'organisation_admin.department.delete_blocked': {
    ro: 'Se poate șterge doar o direcție fără membri și fără subdiviziuni.',
    en: 'Only a department without members and sub-departments can be deleted.',
    hu: 'Csak tagok és alegységek nélküli egység törölhető.',
  },
  'organisation_admin.department.delete_warning': {
    ro: 'Ștergerea nu poate fi anulată. Rămâne consemnată în jurnalul de audit.',
    en: 'Deleting cannot be undone. It stays recorded in the audit log.',
    hu: 'A törlés nem vonható vissza. A naplóban megmarad.',
  },
  'organisation_admin.department.delete_confirm': {
    ro: 'Da, șterge direcția „{name}”',
    en: 'Yes, delete the department “{name}”',
    hu: 'Igen, törlöm a(z) „{name}” egységet',
  },
  'organisation_admin.department.delete_submit': {
    ro: 'Șterge direcția',
    en: 'Delete the department',
    hu: 'Egység törlése',
  },
  'organisation_admin.department.confirm_required': {
    ro: 'Bifați căsuța pentru a confirma ștergerea.',
    en: 'Tick the box to confirm the deletion.',
    hu: 'A törlés megerősítéséhez jelölje be a négyzetet.',
  },
  'branding.title': { ro: 'Sigla și culoarea', en: 'Logo and colour', hu: 'Logó és szín' },
  'branding.index_desc': {
    ro: 'Sigla din antetul fiecărei pagini și culoarea linkurilor și butoanelor.',
    en: 'The logo in the header of every page, and the colour of links and buttons.',
    hu: 'Az oldalak fejlécében látható logó, valamint a hivatkozások és gombok színe.',
  },
  'branding.name_hint': {
    ro: 'Lângă siglă apare numele organizației, pe care îl schimbați în setări.',
    en: "Beside the logo the header shows the organisation's name, which you change in the settings.",
    hu: 'A logó mellett a szervezet neve látható, amelyet a beállításokban módosíthat.',
  },
  'branding.accent.legend': { ro: 'Culoarea de accent', en: 'Accent colour', hu: 'Kiemelőszín' },
  'branding.accent.label': {
    ro: 'Culoarea (hexazecimal, de ex. #0b4f8a)',
    en: 'Colour (hexadecimal, e.g. #0b4f8a)',
    hu: 'Szín (hexadecimális, pl. #0b4f8a)',
  },
  'branding.accent.hint': {
    ro: 'Linkurile sunt scrise în această culoare pe alb, iar butoanele și antetul au text alb pe ea: contrastul cu albul trebuie să fie de cel puțin 4,5:1 (WCAG AA). Lăsați gol pentru culorile platformei.',
    en: 'Links are written in this colour on white, and buttons and the header carry white text on it: its contrast with white must be at least 4.5:1 (WCAG AA). Leave empty for the platform’s colours.',
    hu: 'A hivatkozások ezzel a színnel jelennek meg fehér alapon, a gombokon és a fejlécen pedig fehér szöveg áll rajta: a fehérrel való kontrasztja legalább 4,5:1 legyen (WCAG AA). Hagyja üresen a platform színeihez.',
  },
  'branding.accent.format': {
    ro: 'Scrieți culoarea ca #rrggbb (de exemplu #0b4f8a).',
    en: 'Write the colour as #rrggbb (for example #0b4f8a).',
    hu: 'A színt #rrggbb alakban adja meg (például #0b4f8a).',
  },
  'branding.accent.contrast': {
    ro: 'Culoarea {colour} are un contrast de {ratio}:1 cu albul; linkurile și butoanele au nevoie de cel puțin {min}:1 (WCAG AA). Alegeți o culoare mai închisă.',
    en: 'The colour {colour} has a contrast ratio of {ratio}:1 with white; links and buttons need at least {min}:1 (WCAG AA). Choose a darker colour.',
    hu: 'A(z) {colour} szín kontrasztaránya a fehérrel {ratio}:1; a hivatkozásokhoz és gombokhoz legalább {min}:1 kell (WCAG AA). Válasszon sötétebb színt.',
  },
  'branding.accent.contrast_low': {
    ro: 'Culoarea nu are contrastul de cel puțin 4,5:1 cu albul cerut de WCAG AA.',
    en: 'The colour does not reach the 4.5:1 contrast with white that WCAG AA asks for.',
    hu: 'A szín nem éri el a WCAG AA által előírt 4,5:1 kontrasztot a fehérrel.',
  },
  'branding.accent.save': { ro: 'Salvați culoarea', en: 'Save the colour', hu: 'Szín mentése' },
  'branding.accent.saved': {
    ro: 'Culoarea a fost salvată.',
    en: 'The colour has been saved.',
    hu: 'A szín elmentve.',
  },
  'branding.logo.legend': { ro: 'Sigla', en: 'Logo', hu: 'Logó' },
  'branding.logo.label': { ro: 'Fișierul siglei', en: 'Logo file', hu: 'Logófájl' },
  'branding.logo.hint': {
    ro: 'PNG, JPEG sau WebP, cel mult {max}; se afișează cu înălțimea de 40 de pixeli. SVG nu este acceptat (poate conține cod).',
    en: 'PNG, JPEG or WebP, at most {max}; shown 40 pixels high. SVG is not accepted (it can contain code).',
    hu: 'PNG, JPEG vagy WebP, legfeljebb {max}; 40 képpont magasan jelenik meg. SVG nem fogadható el (kódot tartalmazhat).',
  },
  'branding.logo.missing': {
    ro: 'Alegeți un fișier cu sigla.',
    en: 'Choose a file with the logo.',
    hu: 'Válasszon egy fájlt a logóval.',
  },
  'branding.logo.too_large': {
    ro: 'Fișierul este prea mare: sigla poate avea cel mult {max}.',
    en: 'The file is too large: the logo may be at most {max}.',
    hu: 'A fájl túl nagy: a logó legfeljebb {max} lehet.',
  },
  'branding.logo.type': {
    ro: 'Fișierul nu este o imagine PNG, JPEG sau WebP. SVG nu este acceptat.',
    en: 'The file is not a PNG, JPEG or WebP image. SVG is not accepted.',
    hu: 'A fájl nem PNG, JPEG vagy WebP kép. SVG nem fogadható el.',
  },
  'branding.logo.unreadable': {
    ro: 'Imaginea nu poate fi citită până la capăt: poate este deteriorată. Salvați-o din nou și reîncercați.',
    en: 'The image cannot be read to its end: it may be damaged. Save it again and retry.',
    hu: 'A kép nem olvasható végig: lehet, hogy sérült. Mentse el újra, és próbálja újra.',
  },
  'branding.logo.too_large_db': {
    ro: 'Fișierul este prea mare: sigla poate avea cel mult 256 KB.',
    en: 'The file is too large: the logo may be at most 256 KB.',
    hu: 'A fájl túl nagy: a logó legfeljebb 256 KB lehet.',
  },
  'branding.logo.current': { ro: 'Sigla actuală', en: 'Current logo', hu: 'Jelenlegi logó' },
  'branding.logo.none': {
    ro: 'Organizația nu are încă o siglă.',
    en: 'The organisation has no logo yet.',
    hu: 'A szervezetnek még nincs logója.',
  },
  'branding.logo.upload': { ro: 'Încărcați sigla', en: 'Upload the logo', hu: 'Logó feltöltése' },
  'branding.logo.remove': { ro: 'Ștergeți sigla', en: 'Remove the logo', hu: 'Logó törlése' },
  'branding.logo.saved': {
    ro: 'Sigla a fost salvată.',
    en: 'The logo has been saved.',
    hu: 'A logó elmentve.',
  },
  'branding.logo.removed': {
    ro: 'Sigla a fost ștearsă.',
    en: 'The logo has been removed.',
    hu: 'A logó törölve.',
  },
});
