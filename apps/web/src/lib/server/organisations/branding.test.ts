import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };
import type { Database } from '../db/client.ts';
import { auditLog } from '../audit/schema.ts';
import { Forbidden, Invalid, NotFound } from '../errors.ts';
import { contrastRatio, shownRatio } from './contrast.ts';
import {
  getBranding,
  logoVersion,
  organisationLogo,
  removeLogo,
  setAccentColour,
  setLogo,
} from './branding.ts';
import { LOGO_MAX_BYTES, sniffLogo } from './logo-image.ts';
import { organisations } from './schema.ts';
import { sampleJpeg, samplePng, sampleWebp } from '../files/samples.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function world() {
  const org = await makeOrganisation(database.db);
  const other = await makeOrganisation(database.db);
  const admin = await makeUser(database.db, org, ['admin']);
  const otherAdmin = await makeUser(database.db, other, ['admin']);
  const employee = await makeUser(database.db, org, ['employee']);
  const as = (u: typeof admin | null) => ctxFor(database.db, org, u);
  return { org, other, admin, otherAdmin, employee, as, asAdmin: await as(admin) };
}

/** The message the field gets, with its parameters. */
async function refusal(p: Promise<unknown>, field: string) {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(Invalid);
  return (e as Invalid).fields[field];
}

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));
/**
 * A whole, real PNG of 1×1 pixel: signature, IHDR, IDAT and IEND, each with its CRC, and no
 * metadata. (It used to stop after IHDR's fields: a logo cut short that no reader could walk.)
 */
const PNG = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);

describe('contrast per WCAG 2.x', () => {
  test('black on white is 21:1, a colour on itself 1:1, and the AA edge falls where WCAG puts it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0b4f8a', '#0b4f8a')).toBe(1);
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(shownRatio(contrastRatio('#777777', '#ffffff'))).toBe('4.47');
  });
});

describe("an organisation's accent colour", () => {
  test('is refused below 4.5:1 with white, with a message naming the ratio; nothing changes', async () => {
    const w = await world();
    const message = await refusal(
      setAccentColour(w.asAdmin, { accentColour: '#77AAFF' }),
      'accentColour',
    );
    expect(message).toEqual({
      key: 'branding.accent.contrast',
      params: { ratio: '2.33', min: '4.5', colour: '#77aaff' },
    });
    expect((await getBranding(w.asAdmin)).accentColour).toBeNull();
  });

  test('is saved when it passes, in any usual spelling, audited; empty goes back to the default', async () => {
    const w = await world();
    expect(await setAccentColour(w.asAdmin, { accentColour: ' 0B4F8A ' })).toMatchObject({
      accentColour: '#0b4f8a',
    });
    expect((await setAccentColour(w.asAdmin, { accentColour: '#036' })).accentColour).toBe(
      '#003366',
    );
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'organisation.branding_update'), eq(auditLog.resourceId, w.org.id)),
      );
    expect(entries.map((e) => (e.after as { accentColour: string }).accentColour)).toEqual([
      '#0b4f8a',
      '#003366',
    ]);
    expect((await setAccentColour(w.asAdmin, { accentColour: '' })).accentColour).toBeNull();
  });

  test('the database refuses a low-contrast colour written around the domain', async () => {
    const w = await world();
    await expect(
      database.db
        .update(organisations)
        .set({ accentColour: '#ffdd00' })
        .where(eq(organisations.id, w.org.id)),
    ).rejects.toThrow();
    const [{ ratio }] = (
      (await database.db.execute(
        sql`select branding_contrast_on_white('#767676') as ratio`,
      )) as unknown as {
        rows: { ratio: number }[];
      }
    ).rows as [{ ratio: number }];
    expect(ratio).toBeCloseTo(contrastRatio('#767676', '#ffffff'), 10);
  });

  test('bad input is a message on the field, never a crash', async () => {
    const w = await world();
    const long = badInput.too_long.lengths.map((n) => badInput.too_long.repeat.repeat(n));
    for (const value of [
      ...badInput.script_injection,
      // Only white space is an empty field: the platform's colours (tested above).
      ...badInput.control_chars.filter((v) => v.trim()),
      ...badInput.sql_like,
      ...badInput.numbers,
      ...long,
      'red',
      '#12345',
      '#gggggg',
      42,
      ['#000000', '#111111'],
    ]) {
      const message = await refusal(
        setAccentColour(w.asAdmin, { accentColour: value }),
        'accentColour',
      );
      expect(message, String(value).slice(0, 40)).toHaveProperty('key');
    }
    expect((await getBranding(w.asAdmin)).accentColour).toBeNull();
  });

  test("only the organisation's administrators: not an employee, not another organisation's admin", async () => {
    const w = await world();
    for (const actor of [w.employee, w.otherAdmin, null]) {
      const ctx = await w.as(actor);
      await expect(setAccentColour(ctx, { accentColour: '#0b4f8a' })).rejects.toBeInstanceOf(
        Forbidden,
      );
      await expect(setLogo(ctx, { logo: PNG })).rejects.toBeInstanceOf(Forbidden);
      await expect(removeLogo(ctx)).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await getBranding(w.asAdmin)).toEqual({ accentColour: null, logoSha256: null });
  });
});

describe("an organisation's logo", () => {
  test('a PNG is stored, served by its hash, replaced and removed', async () => {
    const w = await world();
    const saved = await setLogo(w.asAdmin, { logo: PNG });
    expect(saved.logoSha256).toMatch(/^[0-9a-f]{64}$/);
    const visitor = await w.as(null);
    const logo = await organisationLogo(visitor);
    expect(logo.contentType).toBe('image/png');
    expect(Buffer.from(logo.bytes).equals(Buffer.from(PNG))).toBe(true);
    // Another organisation has none of its own.
    await expect(organisationLogo(await ctxFor(database.db, w.other, null))).rejects.toBeInstanceOf(
      NotFound,
    );
    await removeLogo(w.asAdmin);
    await expect(organisationLogo(visitor)).rejects.toBeInstanceOf(NotFound);
    expect((await getBranding(w.asAdmin)).logoSha256).toBeNull();
  });

  test('is kept without what cameras and editors wrote into it (author, EXIF, XMP, comments)', async () => {
    const w = await world();
    const author = 'Ioana Fotografa';
    for (const image of [samplePng(author), sampleJpeg(author), sampleWebp(author)]) {
      expect(Buffer.from(image).includes(author)).toBe(true);
      const saved = await setLogo(w.asAdmin, { logo: image });
      const logo = await organisationLogo(await w.as(null));
      const kept = Buffer.from(logo.bytes);
      expect(kept.includes(author), logo.contentType).toBe(false);
      expect(sniffLogo(kept)).toBe(logo.contentType);
      // The address and ETag name the bytes that are served.
      expect(saved.logoSha256).toBe(createHash('sha256').update(kept).digest('hex'));
    }
  });

  test('an image that stops half-way is refused with a message, nothing stored', async () => {
    const w = await world();
    expect(await refusal(setLogo(w.asAdmin, { logo: PNG.subarray(0, 40) }), 'logo')).toBe(
      'branding.logo.unreadable',
    );
    expect((await getBranding(w.asAdmin)).logoSha256).toBeNull();
  });

  test("a revalidation is answered from the organisation's row, without reading the image", async () => {
    const w = await world();
    const saved = await setLogo(w.asAdmin, { logo: PNG });
    const [org] = await database.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, w.org.id));
    const noDatabase = new Proxy({} as Database['db'], {
      get: () => {
        throw new Error('the database was read');
      },
    });
    const visitor = { db: noDatabase, org: org!, actor: null, now: () => new Date() };
    expect(logoVersion(visitor)).toBe(saved.logoSha256);
    expect(logoVersion({ ...visitor, org: w.other })).toBeNull();
  });

  test('JPEG and WebP are recognised by their bytes; SVG, HTML and renamed files are not', () => {
    expect(sniffLogo(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffLogo(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(
      sniffLogo(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
    ).toBeNull();
    expect(sniffLogo(bytes('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(sniffLogo(bytes('%PDF-1.7'))).toBeNull();
    expect(sniffLogo(bytes([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });

  test('a fake image, an empty file, one byte over the limit: refused with a message, nothing stored', async () => {
    const w = await world();
    const svg = bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(await refusal(setLogo(w.asAdmin, { logo: svg }), 'logo')).toEqual({
      key: 'branding.logo.type',
    });
    expect(await refusal(setLogo(w.asAdmin, { logo: new Uint8Array() }), 'logo')).toEqual({
      key: 'branding.logo.missing',
    });
    expect(await refusal(setLogo(w.asAdmin, {}), 'logo')).toEqual({ key: 'branding.logo.missing' });
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(PNG);
    expect(await refusal(setLogo(w.asAdmin, { logo: big }), 'logo')).toEqual({
      key: 'branding.logo.too_large',
      params: { max: '256 KB' },
    });
    expect((await getBranding(w.asAdmin)).logoSha256).toBeNull();
  });
});
