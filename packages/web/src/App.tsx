import { isCitizenPath } from '@cchc/domain';
import { Spin } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from './api/session';

// Every page is its own chunk, loaded when its route is first shown. The citizens' pages (/tra-cuu, /gop-y/…,
// /cong-khai/…, /cong-thong-tin…) are another app (src/citizen/main.tsx): a link to one from here is a full load.
const AccountPage = lazy(() => import('./features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const ForcedPasswordPage = lazy(() =>
  import('./features/account/AccountPage').then((m) => ({ default: m.ForcedPasswordPage })),
);
const AdminPage = lazy(() => import('./features/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const LoginPage = lazy(() => import('./features/auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const CalendarPage = lazy(() => import('./features/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const CityPage = lazy(() => import('./features/city/CityPage').then((m) => ({ default: m.CityPage })));
const WardPage = lazy(() => import('./features/city/WardPage').then((m) => ({ default: m.WardPage })));
const DashboardPage = lazy(() =>
  import('./features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const DossiersSection = lazy(() =>
  import('./features/dossiers/DossiersSection').then((m) => ({ default: m.DossiersSection })),
);
const FeedbackDetailPage = lazy(() =>
  import('./features/feedback/FeedbackDetailPage').then((m) => ({ default: m.FeedbackDetailPage })),
);
const FeedbackPage = lazy(() => import('./features/feedback/FeedbackPage').then((m) => ({ default: m.FeedbackPage })));
const HomePage = lazy(() => import('./features/home/HomePage').then((m) => ({ default: m.HomePage })));
const InspectionDetailPage = lazy(() =>
  import('./features/inspections/InspectionDetailPage').then((m) => ({ default: m.InspectionDetailPage })),
);
const InspectionsPage = lazy(() =>
  import('./features/inspections/InspectionsPage').then((m) => ({ default: m.InspectionsPage })),
);
const LegalDocumentDetailPage = lazy(() =>
  import('./features/legal-documents/LegalDocumentDetailPage').then((m) => ({ default: m.LegalDocumentDetailPage })),
);
const LegalDocumentsPage = lazy(() =>
  import('./features/legal-documents/LegalDocumentsPage').then((m) => ({ default: m.LegalDocumentsPage })),
);
const ParPage = lazy(() => import('./features/par/ParPage').then((m) => ({ default: m.ParPage })));
const CityParPage = lazy(() => import('./features/par/CityParPage').then((m) => ({ default: m.CityParPage })));
const CityAppraisalPage = lazy(() =>
  import('./features/par/CityParPage').then((m) => ({ default: m.CityAppraisalPage })),
);
const PlanSection = lazy(() => import('./features/plan/PlanPage').then((m) => ({ default: m.PlanSection })));
const ReportsSection = lazy(() =>
  import('./features/reports/ReportsSection').then((m) => ({ default: m.ReportsSection })),
);
const TasksSection = lazy(() => import('./features/tasks/TasksSection').then((m) => ({ default: m.TasksSection })));
const WardsPage = lazy(() => import('./features/wards/WardsPage').then((m) => ({ default: m.WardsPage })));
const AppLayout = lazy(() => import('./ui/AppLayout').then((m) => ({ default: m.AppLayout })));

/** The server sends the citizens' app for its paths; reached by a link inside this app, the page is loaded anew. */
function CitizensApp() {
  useEffect(() => window.location.reload(), []);
  return <Spin fullscreen />;
}

export function App() {
  const session = useSession();
  if (isCitizenPath(useLocation().pathname)) return <CitizensApp />;
  if (session.isPending) return <Spin fullscreen />;
  return <Suspense fallback={<Spin fullscreen />}>{routesFor(session.data)}</Suspense>;
}

function routesFor(me: ReturnType<typeof useSession>['data']) {
  if (!me) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="*" element={<Navigate to="/login" replace />} />
      </Routes>
    );
  }
  if (me.mustChangePassword) {
    return (
      <Routes>
        <Route path="/tai-khoan" element={<ForcedPasswordPage me={me} />} />
        <Route path="*" element={<Navigate to="/tai-khoan" replace />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<AppLayout me={me} />}>
        <Route index element={<HomePage me={me} />} />
        <Route path="/tai-khoan" element={<AccountPage me={me} />} />
        <Route path="/lich-lam-viec" element={<CalendarPage me={me} />} />
        <Route path="/phan-anh" element={<FeedbackPage me={me} />} />
        <Route path="/phan-anh/:id" element={<FeedbackDetailPage />} />
        <Route path="/kiem-tra" element={<InspectionsPage me={me} />} />
        <Route path="/kiem-tra/:id" element={<InspectionDetailPage />} />
        <Route path="/van-ban" element={<LegalDocumentsPage me={me} />} />
        <Route path="/van-ban/:id" element={<LegalDocumentDetailPage />} />
        <Route path="/ke-hoach/*" element={<PlanSection me={me} />} />
        <Route path="/nhiem-vu/*" element={<TasksSection me={me} />} />
        <Route path="/bao-cao/*" element={<ReportsSection me={me} />} />
        <Route path="/thong-ke" element={<DashboardPage me={me} />} />
        <Route path="/ho-so/*" element={<DossiersSection me={me} />} />
        {me.capabilities.includes('org.manage_users') && <Route path="/quan-tri" element={<AdminPage />} />}
        {me.capabilities.includes('city.manage_tenants') && <Route path="/phuong-xa" element={<WardsPage />} />}
        {me.capabilities.includes('city.view') && <Route path="/thanh-pho" element={<CityPage me={me} />} />}
        {me.capabilities.includes('city.view') && <Route path="/thanh-pho/:code" element={<WardPage />} />}
        {me.capabilities.includes('par.view') && <Route path="/chi-so-cchc" element={<ParPage />} />}
        {me.capabilities.includes('city.view') && (
          <Route path="/thanh-pho/chi-so-cchc" element={<CityParPage me={me} />} />
        )}
        {me.capabilities.includes('city.view') && (
          <Route path="/thanh-pho/chi-so-cchc/:kind/:year/:code" element={<CityAppraisalPage />} />
        )}
        <Route path="/login" element={<Navigate to="/" replace />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
