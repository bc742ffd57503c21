/**
 * The page side of the test host: runs as an init script before the renderer's own scripts and builds
 * `window.pressroom` exactly as the preload does — one caller per name of HOST_CALL_NAMES, `onCommand` and
 * `platform` — over a Playwright binding. Must be self-contained (it is serialised into the page).
 *
 * Uint8Array values cannot cross a binding as they are; both sides encode them as {"__pressroomBytes": base64}.
 */
export const BINDING_NAME = '__pressroomHostCall';
export const DISPATCH_NAME = '__pressroomDispatchCommand';
export const BYTES_KEY = '__pressroomBytes';

export function installPressroomBridge(options: { callNames: readonly string[]; bindingName: string; dispatchName: string; bytesKey: string }): void {
  const { callNames, bindingName, dispatchName, bytesKey } = options;
  const global = globalThis as unknown as Record<string, unknown>;

  const toBase64 = (bytes: Uint8Array): string => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return { [bytesKey]: toBase64(value) };
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    return value;
  };
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record[bytesKey] === 'string' && Object.keys(record).length === 1) return fromBase64(record[bytesKey]);
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };

  const listeners = new Set<(command: unknown) => void>();
  type Binding = (name: string, request: unknown) => Promise<unknown>;
  const api: Record<string, unknown> = {};
  for (const name of callNames) {
    // The binding is looked up at call time: Playwright may install it after this script.
    api[name] = async (request: unknown) => decode(await (global[bindingName] as Binding)(name, encode(request === undefined ? {} : request)));
  }
  api.onCommand = (listener: (command: unknown) => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  api.platform = 'web';
  Object.defineProperty(globalThis, 'pressroom', { value: Object.freeze(api), writable: false, configurable: false, enumerable: true });
  Object.defineProperty(globalThis, dispatchName, {
    value: (command: unknown) => {
      for (const listener of [...listeners]) listener(command);
      return listeners.size;
    },
    writable: false,
    configurable: false,
  });
}

/** Node side of the same encoding. */
export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_KEY]: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]));
  return value;
}

export function decodeBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBytes);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const encoded = record[BYTES_KEY];
    if (typeof encoded === 'string' && Object.keys(record).length === 1) return new Uint8Array(Buffer.from(encoded, 'base64'));
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decodeBytes(v)]));
  }
  return value;
}
