import type { SchemaVersion } from './types';
import { v001 } from './v001';
import { v002 } from './v002';
import { v003 } from './v003';
import { v004 } from './v004';
import { v005 } from './v005';
import { v006 } from './v006';
import { v007 } from './v007';
import { v008 } from './v008';
import { v009 } from './v009';
import { v010 } from './v010';
import { v011 } from './v011';
import { v012 } from './v012';
import { v013 } from './v013';
import { v014 } from './v014';

export type { SchemaVersion };

/** All versions, oldest first. A new version appends here; none is ever removed. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v001, v002, v003, v004, v005, v006, v007, v008, v009, v010, v011, v012, v013, v014];
