import { accountArea } from '../areas/account/area';
import { adminArea } from '../areas/admin/area';
import { homeArea } from '../areas/home/area';
import { inspectArea } from '../areas/inspect/area';
import type { Area } from './area';

/** Every part of the console, in menu order. */
export const AREAS: Area[] = [homeArea, accountArea, inspectArea, adminArea];
