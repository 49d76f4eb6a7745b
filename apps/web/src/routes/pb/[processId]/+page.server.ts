import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { getProcess } from '#lib/server/pb/processes.ts';
import { can } from '#lib/server/permissions/can.ts';
import { config } from '#lib/server/config.ts';
import { projectMap } from '#lib/server/pb/map.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const view = await getProcess(ctx, event.params.processId);
    // Only projects with both coordinates are places; the map only with a tile source set.
    const located = view.projects.flatMap((p) =>
      p.latitude !== null && p.longitude !== null
        ? [{ ...p, latitude: p.latitude, longitude: p.longitude }]
        : [],
    );
    const tiles = config().MAP_TILE_URL;
    return {
      ...view,
      located,
      map: tiles ? projectMap(located) : null,
      mapAttribution: tiles ? config().MAP_TILE_ATTRIBUTION : '',
      canManage: can(ctx.actor, 'pb.process.manage', view.process),
      votingOpen: view.process.state === 'voting',
      resultsOpen: can(ctx.actor, 'pb.results.read', view.process),
    };
  });
