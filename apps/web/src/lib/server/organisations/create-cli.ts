// `npm run org:create -- --slug … --name-ro … --admin-email … --admin-name …` sets up an
// organisation and its first administrator on the configured database (production included).
import { parseArgs } from 'node:util';
import { runCommand } from '../cli.ts';
import { accountLink } from '../accounts/links.ts';
import { openConfiguredDatabase } from '../db/open-configured.ts';
import { migrate, migrationsFromSource } from '../db/migrate.ts';
import { Invalid } from '../errors.ts';
import { translate } from '../i18n/catalogue.ts';
import { createOrganisation } from './create.ts';

const { values: a } = parseArgs({
  options: {
    slug: { type: 'string' },
    'name-ro': { type: 'string' },
    'name-en': { type: 'string' },
    'name-hu': { type: 'string' },
    'time-zone': { type: 'string', default: 'Europe/Bucharest' },
    'default-locale': { type: 'string', default: 'ro' },
    'staff-domain': { type: 'string', multiple: true, default: [] },
    host: { type: 'string', multiple: true, default: [] },
    'public-url': { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
  },
});

await runCommand(async (c) => {
  const database = await openConfiguredDatabase(c, 'owner');
  try {
    await migrate(database.db, migrationsFromSource());
    const created = await createOrganisation(
      database.db,
      {
        slug: a.slug,
        name_ro: a['name-ro'],
        name_en: a['name-en'],
        name_hu: a['name-hu'],
        timeZone: a['time-zone'],
        defaultLocale: a['default-locale'],
        staffEmailDomains: a['staff-domain'],
        hosts: a.host,
        publicUrl: a['public-url'],
        adminEmail: a['admin-email'],
        adminName: a['admin-name'],
      },
      new Date(),
    );
    const link = accountLink(
      created.organisation,
      '/account/reset-password',
      created.passwordToken,
    );
    console.log(`Created ${created.organisation.slug}; administrator ${created.admin.email}.`);
    console.log(`Choose a password within the hour: ${link}`);
    return 0;
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    for (const [field, m] of Object.entries(e.fields)) {
      const message = typeof m === 'string' ? translate('en', m) : translate('en', m.key, m.params);
      console.error(
        `--${field.replace(/_/g, '-').replace(/[A-Z]/g, (x) => `-${x.toLowerCase()}`)}: ${message}`,
      );
    }
    return 2;
  } finally {
    await database.close();
  }
});
