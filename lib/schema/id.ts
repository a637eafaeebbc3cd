import { z } from 'zod';

/** Record ids: random UUIDs in practice; anything URL-safe of sane length is accepted. */
export const Id = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
export type Id = z.infer<typeof Id>;
