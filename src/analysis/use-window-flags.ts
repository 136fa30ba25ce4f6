// The flags of the visible window for the current table, filters and measure, shared by the timeline
// markers and the Analysis tab. The series are taken from the worker's copy of the table, and their
// months tested there (a first whole-period run costs seconds at 100k events; later windows reuse
// the months already tested), so the map, the charts and the next click never wait for it. null while it
// is being computed.
import { useEffect, useState } from 'react';
import type { EpochMonth } from '@/domain/epoch-day';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { MapMeasure } from '@/domain/view-options';
import { windowFromRange, type MonthWindow } from '@/domain/time-window';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';
import { readCachedWindowFlags, requestWindowFlags } from './flags-client';
import type { WindowFlags } from './flags-in-window';

function visibleWindow(table: EventTable, timeRange: Parameters<typeof windowFromRange>[0]): MonthWindow {
  return windowFromRange(timeRange, {
    startMonth: table.firstMonth,
    endMonth: (table.firstMonth + table.monthCount) as EpochMonth,
  });
}

/** Same non-time filters (the lists are kept by identity when only the time window moves). */
function sameLists(a: EventFilters, b: EventFilters): boolean {
  return (
    a.kinds === b.kinds &&
    a.routes === b.routes &&
    a.nationalities === b.nationalities &&
    a.outcomes === b.outcomes &&
    a.sites === b.sites
  );
}

export function useWindowFlags(): WindowFlags | null {
  const table = useAppStore((s) => s.table);
  const filters = useAppStore((s) => selectEffectiveFilters(s.filters, s.selection));
  const measure = useAppStore((s) => s.measure);
  const [computed, setComputed] = useState<{
    readonly table: EventTable;
    readonly filters: EventFilters;
    readonly measure: MapMeasure;
    readonly flags: WindowFlags;
  } | null>(null);
  const window = table ? visibleWindow(table, filters.timeRange) : null;
  const startMonth = window?.startMonth ?? 0;
  const endMonth = window?.endMonth ?? 0;
  useEffect(() => {
    if (table === null) return;
    let cancel = (): void => {};
    // After the frame is painted: the first request copies the table to the worker.
    const timer = setTimeout(() => {
      const asked = { startMonth: startMonth as EpochMonth, endMonth: endMonth as EpochMonth };
      const deliver = (flags: WindowFlags): void => setComputed({ table, filters, measure, flags });
      const cached = readCachedWindowFlags({ table, filters, measure, window: asked });
      if (cached !== null) deliver(cached);
      else cancel = requestWindowFlags(table, filters, measure, asked, deliver);
    }, 0);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [table, filters, measure, startMonth, endMonth]);
  // A result for other inputs is stale: say "computing" rather than show it.
  if (computed === null) return null;
  if (computed.table !== table || computed.measure !== measure || !sameLists(computed.filters, filters))
    return null;
  // A result for the previous window is kept until the new one is ready (one frame while playing): it
  // names its own window, so nothing is mislabelled.
  return computed.flags;
}
