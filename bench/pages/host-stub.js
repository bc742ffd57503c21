/**
 * A benchmark host for the real renderer (out/renderer): `window.pressroom` with every call of core/api.ts's
 * HostCalls answered at once, in memory, the way the desktop host answers them minus the disk.
 *
 * - `openDocument` hands over the document the harness preloaded with `__benchHost.preload(text)`. The reply is
 *   built from the file's text with JSON.parse, which stands for the structured-clone decode an Electron IPC
 *   reply costs the renderer (the Node side's read + parse + validate is measured apart, in Node).
 * - `saveDocument` and `saveDraft` carry the release as JSON text (`documentText`, core/model/document-transfer.ts);
 *   they structured-clone the request, as Electron's ipcRenderer.invoke does on the renderer's main thread (for a
 *   string, one copy), and record when and how long.
 * - `__benchHost.open()` sends the `open-file` command the OS or a second launch would send.
 */
(() => {
  const listeners = new Set();
  const calls = [];
  let documentText = null;

  const settings = { interfaceLanguage: 'ru', systemLanguage: 'ru', teamTemplateFolder: null };
  const stamp = { mtimeMs: 1756450800000, size: 0, sha256: '0'.repeat(64) };
  const record = (name, started) => calls.push({ name, at: started, ms: performance.now() - started });

  const replies = {
    async openDocument(request) {
      const started = performance.now();
      if (documentText === null) return { status: 'cancelled' };
      const document = JSON.parse(documentText);
      record('openDocument', started);
      const path = request?.path ?? '/bench/document.pressroom';
      return { status: 'opened', file: { path, name: 'document', document, stamp: { ...stamp, size: documentText.length } } };
    },
    async saveDocument(request) {
      const started = performance.now();
      structuredClone(request);
      record('saveDocument', started);
      return { status: 'saved', path: request.path ?? '/bench/document.pressroom', name: 'document', stamp };
    },
    async saveDraft(request) {
      const started = performance.now();
      structuredClone(request);
      record('saveDraft', started);
      return { status: 'saved' };
    },
    checkFileOnDisk: async () => ({ status: 'unchanged' }),
    exportDocument: async () => ({ status: 'cancelled' }),
    exportAll: async () => ({ status: 'cancelled' }),
    listRecent: async () => [],
    getSettings: async () => settings,
    updateSettings: async (request) => Object.assign(settings, request),
    setDocumentState: async () => undefined,
    closeWindow: async () => undefined,
    openExternal: async () => ({ opened: false }),
    listTemplates: async () => [],
    saveTemplate: async () => ({ status: 'cancelled' }),
    renameTemplate: async () => ({ status: 'cancelled' }),
    duplicateTemplate: async () => ({ status: 'cancelled' }),
    deleteTemplate: async () => ({ status: 'deleted' }),
    importTemplates: async () => ({ status: 'cancelled' }),
    exportTemplate: async () => ({ status: 'cancelled' }),
    setTeamTemplateFolder: async () => ({ status: 'cancelled' }),
    discardDraft: async () => undefined,
    listDrafts: async () => [],
    readUserDictionary: async () => ({ words: [] }),
    addToUserDictionary: async (request) => ({ status: "added", words: [request.word] }),
  };

  const api = { ...replies, platform: 'linux' };
  api.onCommand = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  Object.defineProperty(window, 'pressroom', { value: Object.freeze(api), enumerable: true });

  window.__benchHost = {
    /** The .pressroom text to open (handed over by the harness: the app's CSP allows no fetch). */
    preload(text) {
      documentText = text;
      return documentText.length;
    },
    listening: () => listeners.size,
    open(path = '/bench/document.pressroom') {
      for (const listener of listeners) listener({ type: 'open-file', path });
    },
    command(action) {
      for (const listener of listeners) listener({ type: 'menu', action });
    },
    calls: () => calls.slice(),
  };
})();
