// The map's companions in the side panel: the legend and the keyboard-reachable selection list.
import { MapLegend } from './map-legend';
import { SelectionList } from './selection-list';
import { useMapData } from './use-map-data';

export function MapSidePanel(): React.JSX.Element | null {
  const data = useMapData();
  if (!data) return null;
  return (
    <div className="map-side">
      <MapLegend table={data.table} segments={data.segments} periodMax={data.periodMax} />
      <SelectionList table={data.table} aggregates={data.aggregates} />
    </div>
  );
}
