// The bundled demo data, served from our own origin by the build (hashed asset URLs).
import type { FileSource } from '@/data/load-messages';
import demoEventsUrl from '../../data/demo/events.geojson?url';
import demoRoutesUrl from '../../data/demo/routes.geojson?url';

export const DEMO_EVENTS: FileSource = { type: 'url', url: demoEventsUrl, fileName: 'events.geojson' };
export const DEMO_ROUTES: FileSource = { type: 'url', url: demoRoutesUrl, fileName: 'routes.geojson' };
