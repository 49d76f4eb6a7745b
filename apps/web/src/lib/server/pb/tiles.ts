import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { config } from '../config.ts';
import { NotFound } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { log } from '../log.ts';
import { MAX_ZOOM } from './map.ts';

const TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);
const coordinate = z.coerce.number().int().min(0);

/**
 * Tiles already fetched, by URL: a process page asks for the same dozen tiles for every visitor,
 * and each would otherwise be a request to the operator's tile host (whose usage policy counts
 * them). Bounded and kept a day, as the tile's own cache header says.
 */
const CACHED = 512;
const KEEP_MS = 86_400_000;
const cache = new Map<string, { type: string; bytes: Uint8Array<ArrayBuffer>; at: number }>();

function remember(url: string, tile: { type: string; bytes: Uint8Array<ArrayBuffer> }) {
  cache.delete(url);
  cache.set(url, { ...tile, at: Date.now() });
  if (cache.size > CACHED) cache.delete(cache.keys().next().value!);
  return tile;
}

/**
 * One map tile from the operator's tile source, fetched by the server so that visitors'
 * browsers never call another host (privacy, and a CSP that names only this site). Only
 * z/x/y within the world at zooms the maps use, and only images come back.
 */
export async function fetchTile(
  ctx: Ctx,
  params: { z: string; x: string; y: string },
  template = config().MAP_TILE_URL,
) {
  authorize(ctx.actor, 'pb.map.read');
  const parsed = z
    .object({ z: coordinate.max(MAX_ZOOM), x: coordinate, y: coordinate })
    .safeParse(params);
  if (!template || !parsed.success) throw new NotFound('map_tile');
  const { z: zoom, x, y } = parsed.data;
  if (x >= 2 ** zoom || y >= 2 ** zoom) throw new NotFound('map_tile');
  const url = template
    .replace('{z}', String(zoom))
    .replace('{x}', String(x))
    .replace('{y}', String(y));
  const kept = cache.get(url);
  if (kept && Date.now() - kept.at < KEEP_MS) return { type: kept.type, bytes: kept.bytes };
  const response = await fetch(url, {
    signal: AbortSignal.timeout(5000),
    headers: { 'user-agent': 'Innovato-R (participatory budgeting map)' },
  }).catch((error: unknown) => {
    // The tile host is down or slow: that square of the map stays blank, the list is whole.
    log.warn({ err: { message: (error as Error).message } }, 'map tile source unreachable');
    throw new NotFound('map_tile');
  });
  const type = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
  if (!response.ok || !TYPES.has(type)) throw new NotFound('map_tile');
  return remember(url, { type, bytes: new Uint8Array(await response.arrayBuffer()) });
}
