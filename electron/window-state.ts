import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './services/atomic-write';

/** The main window's remembered size and position, kept in userData/window-state.json. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}
export interface WindowState extends WindowBounds {
  maximized: boolean;
}
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 820, maximized: false };
export const WINDOW_STATE_FILE = 'window-state.json';
/** At least this much of the title bar must lie on a display for a remembered position to be used. */
const MIN_VISIBLE = { width: 120, height: 40 };
const MIN_SIZE = { width: 720, height: 480 };

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Reads a stored state, dropping anything malformed (a hand-edited or truncated file gives the defaults). */
export function parseWindowState(text: string): WindowState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (typeof parsed !== 'object' || parsed === null) return { ...DEFAULT_WINDOW_STATE };
  const record = parsed as Record<string, unknown>;
  if (!isFiniteNumber(record.width) || !isFiniteNumber(record.height)) return { ...DEFAULT_WINDOW_STATE };
  const state: WindowState = {
    width: Math.round(record.width),
    height: Math.round(record.height),
    maximized: record.maximized === true,
  };
  if (isFiniteNumber(record.x) && isFiniteNumber(record.y)) {
    state.x = Math.round(record.x);
    state.y = Math.round(record.y);
  }
  return state;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Fits a remembered state to the displays connected now (their work areas): the size is clamped to the
 * largest display, and a position whose title bar is not visible on any display (a monitor was
 * unplugged) is dropped so the window opens centred.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  if (workAreas.length === 0) return { ...DEFAULT_WINDOW_STATE };
  const maxWidth = Math.max(...workAreas.map((area) => area.width));
  const maxHeight = Math.max(...workAreas.map((area) => area.height));
  const width = Math.min(Math.max(state.width, MIN_SIZE.width), Math.max(maxWidth, MIN_SIZE.width));
  const height = Math.min(Math.max(state.height, MIN_SIZE.height), Math.max(maxHeight, MIN_SIZE.height));
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x !== undefined && state.y !== undefined) {
    const titleBar: Rectangle = { x: state.x, y: state.y, width, height: MIN_VISIBLE.height };
    const visible = workAreas.some((area) => {
      const shared = overlap(titleBar, area);
      return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
    });
    if (visible) {
      fitted.x = state.x;
      fitted.y = state.y;
    }
  }
  return fitted;
}

export async function loadWindowState(userDataDir: string, workAreas: readonly Rectangle[]): Promise<WindowState> {
  let text: string;
  try {
    text = await readFile(join(userDataDir, WINDOW_STATE_FILE), 'utf8');
  } catch {
    return fitToDisplays({ ...DEFAULT_WINDOW_STATE }, workAreas);
  }
  return fitToDisplays(parseWindowState(text), workAreas);
}

/** Writes the state atomically; a failure only costs the remembered position, so it is not reported. */
export async function saveWindowState(userDataDir: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(userDataDir, WINDOW_STATE_FILE), `${JSON.stringify(state)}\n`).catch(() => undefined);
}
