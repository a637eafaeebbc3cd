import { z } from 'zod';
import { ID_PATTERN } from './id-pattern';

/** Record ids: random UUIDs in practice; anything URL-safe of sane length is accepted. */
export const Id = z.string().regex(ID_PATTERN);
export type Id = z.infer<typeof Id>;
