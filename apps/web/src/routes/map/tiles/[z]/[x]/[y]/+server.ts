import type { RequestHandler } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { fetchTile } from '#lib/server/pb/tiles.ts';

/** A map tile from the operator's tile source (MAP_TILE_URL), cached for a day. */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    const tile = await fetchTile(ctx, event.params);
    return new Response(tile.bytes, {
      headers: {
        'content-type': tile.type,
        'cache-control': 'public, max-age=86400',
        'x-content-type-options': 'nosniff',
      },
    });
  });
