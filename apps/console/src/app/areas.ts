import { accountArea } from '../areas/account/area';
import { homeArea } from '../areas/home/area';
import { supervisionArea } from '../areas/supervision/area';
import type { Area } from './area';

/** Every part of the console, in menu order. */
export const AREAS: Area[] = [homeArea, supervisionArea, accountArea];
