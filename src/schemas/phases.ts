/** Delivery phases, in order, as the Service Manual names them (plus the end of life). */
export const PHASES = ['discovery', 'alpha', 'beta', 'live', 'retiring', 'retired'] as const;
export type Phase = (typeof PHASES)[number];
