import type { PressroomApi } from '../../core/api';

/** The host contract as the preload (or the e2e host) exposes it. */
export const pressroom = (): PressroomApi => (window as unknown as { pressroom: PressroomApi }).pressroom;
