import { Route, Routes } from 'react-router';
import type { Me } from '../../api/session';
import { PeriodPage } from './PeriodPage';
import { ReportSettingsPage } from './ReportSettingsPage';
import { ReportsPage } from './ReportsPage';

/** `/bao-cao`: the report periods, a period's reports (unit, units, consolidated), the settings. */
export function ReportsSection({ me }: { me: Me }) {
  return (
    <Routes>
      <Route index element={<ReportsPage me={me} />} />
      <Route path="cai-dat" element={<ReportSettingsPage />} />
      <Route path=":code" element={<PeriodPage me={me} />} />
    </Routes>
  );
}
