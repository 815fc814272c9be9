import { Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from './api/session';
import { AdminPage } from './features/admin/AdminPage';
import { LoginPage } from './features/auth/LoginPage';
import { CalendarPage } from './features/calendar/CalendarPage';
import { CityPage } from './features/city/CityPage';
import { WardPage } from './features/city/WardPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { DossiersSection } from './features/dossiers/DossiersSection';
import { FeedbackDetailPage } from './features/feedback/FeedbackDetailPage';
import { FeedbackPage } from './features/feedback/FeedbackPage';
import { HomePage } from './features/home/HomePage';
import { PublicResultsPage } from './features/indicators/PublicResultsPage';
import { InspectionDetailPage } from './features/inspections/InspectionDetailPage';
import { InspectionsPage } from './features/inspections/InspectionsPage';
import { LegalDocumentDetailPage } from './features/legal-documents/LegalDocumentDetailPage';
import { LegalDocumentsPage } from './features/legal-documents/LegalDocumentsPage';
import { PlanSection } from './features/plan/PlanPage';
import { CityPublicPage } from './features/portal/CityPublicPage';
import { ScorecardPrintPage } from './features/portal/ScorecardPrintPage';
import { WardPortalPage } from './features/portal/WardPortalPage';
import { PublicFeedbackPage } from './features/public/PublicFeedbackPage';
import { PublicLookupPage } from './features/public-lookup/PublicLookupPage';
import { ReportsSection } from './features/reports/ReportsSection';
import { TasksSection } from './features/tasks/TasksSection';
import { AppLayout } from './ui/AppLayout';

export function App() {
  const session = useSession();
  if (session.isPending) return <Spin fullscreen />;
  if (!session.data) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/gop-y/:tenantCode" element={<PublicFeedbackPage />} />
        <Route path="/tra-cuu" element={<PublicLookupPage />} />
        <Route path="/cong-khai/:tenantCode" element={<PublicResultsPage />} />
        <Route path="/cong-thong-tin" element={<CityPublicPage />} />
        <Route path="/cong-thong-tin/:tenantCode" element={<WardPortalPage />} />
        <Route path="/cong-thong-tin/:tenantCode/in-a3" element={<ScorecardPrintPage />} />
        <Route path="*" element={<Navigate to="/login" replace />} />
      </Routes>
    );
  }
  return (
    <Routes>
      {/* The citizens' page looks the same to a logged-in officer: outside the app's frame. */}
      <Route path="/gop-y/:tenantCode" element={<PublicFeedbackPage />} />
      <Route path="/tra-cuu" element={<PublicLookupPage />} />
      <Route path="/cong-khai/:tenantCode" element={<PublicResultsPage />} />
      <Route path="/cong-thong-tin" element={<CityPublicPage />} />
      <Route path="/cong-thong-tin/:tenantCode" element={<WardPortalPage />} />
      <Route path="/cong-thong-tin/:tenantCode/in-a3" element={<ScorecardPrintPage />} />
      <Route element={<AppLayout me={session.data} />}>
        <Route index element={<HomePage me={session.data} />} />
        <Route path="/lich-lam-viec" element={<CalendarPage me={session.data} />} />
        <Route path="/phan-anh" element={<FeedbackPage me={session.data} />} />
        <Route path="/phan-anh/:id" element={<FeedbackDetailPage />} />
        <Route path="/kiem-tra" element={<InspectionsPage me={session.data} />} />
        <Route path="/kiem-tra/:id" element={<InspectionDetailPage />} />
        <Route path="/van-ban" element={<LegalDocumentsPage me={session.data} />} />
        <Route path="/van-ban/:id" element={<LegalDocumentDetailPage me={session.data} />} />
        <Route path="/ke-hoach/*" element={<PlanSection me={session.data} />} />
        <Route path="/nhiem-vu/*" element={<TasksSection me={session.data} />} />
        <Route path="/bao-cao/*" element={<ReportsSection me={session.data} />} />
        <Route path="/thong-ke" element={<DashboardPage me={session.data} />} />
        <Route path="/ho-so/*" element={<DossiersSection me={session.data} />} />
        {session.data.capabilities.includes('org.manage_users') && <Route path="/quan-tri" element={<AdminPage />} />}
        {session.data.capabilities.includes('city.view') && (
          <Route path="/thanh-pho" element={<CityPage me={session.data} />} />
        )}
        {session.data.capabilities.includes('city.view') && <Route path="/thanh-pho/:code" element={<WardPage />} />}
        <Route path="/login" element={<Navigate to="/" replace />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
