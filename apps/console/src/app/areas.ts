import { accountArea } from '../areas/account/area';
import { adminArea } from '../areas/admin/area';
import { casesArea } from '../areas/cases/area';
import { electionsArea } from '../areas/elections/area';
import { homeArea } from '../areas/home/area';
import { inspectArea } from '../areas/inspect/area';
import { supervisionArea } from '../areas/supervision/area';
import type { Area } from './area';

/** Every part of the console, in menu order. */
export const AREAS: Area[] = [homeArea, casesArea, electionsArea, supervisionArea, inspectArea, adminArea, accountArea];
