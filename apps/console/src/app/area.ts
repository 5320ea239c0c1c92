import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { TFunction } from 'i18next';
import type { Me } from '../auth/AuthProvider';

/** A menu entry of the console's side menu. */
export interface NavItem {
  key: string;
  path: string;
  label: string;
  icon?: ReactNode;
  children?: NavItem[];
}

/**
 * One part of the console (cases, elections, supervision …): its routes (lazy, so each is its own
 * chunk) and the menu entries the signed-in user may use. Add an area to AREAS in areas.ts.
 */
export interface Area {
  id: string;
  routes: RouteObject[];
  nav?(me: Me, t: TFunction): NavItem[];
}
