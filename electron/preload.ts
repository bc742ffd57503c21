/**
 * The preload: exposes `window.pressroom` — exactly the host contract of core/api.ts — and nothing else.
 * It runs sandboxed (built as CommonJS, out/preload/preload.cjs) and imports only 'electron' and core/api
 * through the wrappers in electron/ipc/.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPressroomApi } from './ipc/renderer-callers';

contextBridge.exposeInMainWorld('pressroom', createPressroomApi(ipcRenderer, process.platform));
