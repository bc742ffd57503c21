import type { PressroomApi } from '../../core/api';

/** The host contract (core/api.ts) as the preload or the e2e host exposes it: the renderer's only way out. */
export const host = (): PressroomApi => (window as unknown as { pressroom: PressroomApi }).pressroom;

/** True when the page runs without a host (opened directly in a browser): the app shows why it cannot work. */
export const hasHost = (): boolean => typeof (window as unknown as { pressroom?: unknown }).pressroom === 'object';
