// View slice: the map camera as the person left it (for links to one exact view). Null = fit to data.
import type { StateCreator } from 'zustand';
import type { AppState } from './app-state';

export interface MapCamera {
  readonly lon: number;
  readonly lat: number;
  readonly zoom: number;
}

export interface ViewSlice {
  readonly camera: MapCamera | null;
  setCamera: (camera: MapCamera | null) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  camera: null,
  setCamera: (camera) =>
    set({ camera: camera ? { lon: camera.lon, lat: camera.lat, zoom: camera.zoom } : null }),
});
