import { Outlet } from 'react-router';
import { CoverageContext, useCoverageQuery } from './data';

/** The frame of the supervision pages: the teams and the elections they cover, asked once for all of them. */
export function SupervisionFrame() {
  const coverage = useCoverageQuery();
  return (
    <CoverageContext.Provider value={coverage}>
      <Outlet />
    </CoverageContext.Provider>
  );
}
