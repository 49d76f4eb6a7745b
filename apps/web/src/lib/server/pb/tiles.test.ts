import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NotFound } from '../errors.ts';
import { parseConfig } from '../config.ts';
import type { Ctx } from '../context.ts';
import { fetchTile } from './tiles.ts';

/** A tile server on this machine: a PNG for one tile, an HTML page for another. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
let server: Server;
let template: string;
const asked: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push(req.url!);
    if (req.url === '/12/2316/1444.png')
      res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<script>alert(1)</script>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  template = `http://127.0.0.1:${(server.address() as AddressInfo).port}/{z}/{x}/{y}.png`;
});
afterAll(() => new Promise((r) => server.close(r)));

// Tiles are public: no organisation data is read, only the actor (none) is authorised.
const visitor = { actor: null } as unknown as Ctx;

describe('map tiles through this site', () => {
  test("a tile is fetched from the operator's source and passed on as the image it is", async () => {
    const tile = await fetchTile(visitor, { z: '12', x: '2316', y: '1444' }, template);
    expect(tile.type).toBe('image/png');
    expect(Buffer.from(tile.bytes).equals(PNG)).toBe(true);
  });

  test('a tile asked again is served from the cache, not fetched again', async () => {
    const before = asked.length;
    await fetchTile(visitor, { z: '12', x: '2316', y: '1444' }, template);
    const again = await fetchTile(visitor, { z: '12', x: '2316', y: '1444' }, template);
    expect(Buffer.from(again.bytes).equals(PNG)).toBe(true);
    expect(asked.length - before).toBeLessThanOrEqual(1);
    expect(asked.filter((u) => u === '/12/2316/1444.png')).toHaveLength(1);
  });

  test('not an image, outside the world, not numbers, no source, source down: not found', async () => {
    const refused = [
      () => fetchTile(visitor, { z: '12', x: '1', y: '1' }, template),
      () => fetchTile(visitor, { z: '2', x: '4', y: '0' }, template),
      () => fetchTile(visitor, { z: '20', x: '0', y: '0' }, template),
      () => fetchTile(visitor, { z: '1', x: '../../etc', y: '0' }, template),
      () => fetchTile(visitor, { z: '-1', x: '0', y: '0' }, template),
      () => fetchTile(visitor, { z: '12', x: '2316', y: '1444' }, undefined),
      () => fetchTile(visitor, { z: '1', x: '0', y: '0' }, 'http://127.0.0.1:9/{z}/{x}/{y}.png'),
    ];
    for (const r of refused) await expect(r()).rejects.toBeInstanceOf(NotFound);
    // Only the two well-formed tiles within the world reached the tile server.
    expect(asked.filter((u) => u !== '/12/2316/1444.png')).toEqual(['/12/1/1.png']);
  });

  test('the operator setting must be a URL template with {z}, {x} and {y}', () => {
    const base = { SECRET_KEY: 'x'.repeat(40) };
    expect(parseConfig({ ...base, MAP_TILE_URL: template }).MAP_TILE_URL).toBe(template);
    expect(() =>
      parseConfig({ ...base, MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}.png' }),
    ).toThrow();
    expect(() =>
      parseConfig({ ...base, MAP_TILE_URL: 'javascript:alert(1)//{z}{x}{y}' }),
    ).toThrow();
    expect(parseConfig(base).MAP_TILE_URL).toBeUndefined();
  });
});
