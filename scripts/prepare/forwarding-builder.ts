// The loader's validation pushes each accepted event into an EventColumnsBuilder. For inputs larger than
// a browser holds, this builder keeps nothing: it hands each validated event to a sink (which appends it
// to DuckDB) and only remembers the first display name of each route, so validateEventFeature runs
// unchanged (the same route-name rule: the first name wins, a different one later is warned about).
import { EventColumnsBuilder, type EventValues } from '../../src/data/event-columns-builder';

export class ForwardingBuilder extends EventColumnsBuilder {
  private readonly names = new Map<string, string>();
  private forwarded = 0;

  constructor(private readonly sink: (values: EventValues, routeName: string) => void) {
    super(16);
  }

  /** Validated events handed on so far. */
  override get length(): number {
    return this.forwarded;
  }

  override routeNameOf(route: string): string | undefined {
    return this.names.get(route);
  }

  /** Forwards one validated event with its route's first display name ('' when none was given yet). */
  override push(values: EventValues): void {
    if (values.routeName !== '' && !this.names.has(values.route))
      this.names.set(values.route, values.routeName);
    this.forwarded++;
    this.sink(values, this.names.get(values.route) ?? '');
  }
}
