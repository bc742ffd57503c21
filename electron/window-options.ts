import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

export interface MainWindowInputs {
  /** Absolute path of out/preload/preload.cjs. */
  preloadPath: string;
  /** Remembered size and position (already fitted to the displays), or defaults. */
  bounds: WindowBounds;
  /** Window icon on Linux and Windows (macOS takes it from the bundle). */
  iconPath?: string;
  /** Developer tools: unpackaged runs only. */
  devTools?: boolean;
}

export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;

/** What every window of ours is: an isolated, sandboxed web page without Node (the main window, the print window). */
export const ISOLATED_PAGE = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableBlinkFeatures: '',
} as const satisfies NonNullable<BrowserWindowConstructorOptions['webPreferences']>;

/**
 * The main window's options: the whole of its security posture in one pure function, so a test fails
 * if anyone weakens it. The renderer is an ordinary web page: isolated, sandboxed, no Node.
 */
export function mainWindowOptions({ preloadPath, bounds, iconPath, devTools = false }: MainWindowInputs): BrowserWindowConstructorOptions {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Pressroom',
    show: false,
    backgroundColor: '#ffffff',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      ...ISOLATED_PAGE,
      // Middle-click on a link would otherwise ask for a new window (refused anyway by the open handler).
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's checker downloads its dictionaries from Google (refused here: no network) and has no Kazakh.
      // Pressroom checks spelling itself, offline, in ru, kk and en (renderer/spelling).
      spellcheck: false,
      devTools,
    },
  };
}
