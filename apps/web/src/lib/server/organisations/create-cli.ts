// `npm run org:create -- --slug … --name-ro … --admin-email … --admin-name …` sets up an
// organisation and its first administrator on the configured database (production included).
import { parseArgs } from 'node:util';
import { config } from '../config.ts';
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
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
  },
});

const c = config();
const database = await openConfiguredDatabase(c);
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
      adminEmail: a['admin-email'],
      adminName: a['admin-name'],
    },
    new Date(),
  );
  const origin = c.ORIGIN ?? `http://localhost:${c.PORT}`;
  console.log(`Created ${created.organisation.slug}; administrator ${created.admin.email}.`);
  console.log(
    `Choose a password within the hour: ${origin}/account/reset-password?token=${created.passwordToken}`,
  );
} catch (e) {
  if (!(e instanceof Invalid)) throw e;
  for (const [field, m] of Object.entries(e.fields)) {
    const message = typeof m === 'string' ? translate('en', m) : translate('en', m.key, m.params);
    console.error(
      `--${field.replace(/_/g, '-').replace(/[A-Z]/g, (x) => `-${x.toLowerCase()}`)}: ${message}`,
    );
  }
  process.exitCode = 2;
} finally {
  await database.close();
}
