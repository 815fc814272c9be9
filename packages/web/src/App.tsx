import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from './api/session';

/**
 * Every page is its own chunk, loaded when its route is first shown: a citizen opening /tra-cuu, /gop-y/… or
 * /cong-khai/… downloads the small shell and that page, never the officers' features.
 */
function lazyPage<K extends string, P>(load: () => Promise<Record<K, (props: P) => ReactNode>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const AdminPage = lazyPage(() => import('./features/admin/AdminPage'), 'AdminPage');
const LoginPage = lazyPage(() => import('./features/auth/LoginPage'), 'LoginPage');
const CalendarPage = lazyPage(() => import('./features/calendar/CalendarPage'), 'CalendarPage');
const DashboardPage = lazyPage(() => import('./features/dashboard/DashboardPage'), 'DashboardPage');
const DossiersSection = lazyPage(() => import('./features/dossiers/DossiersSection'), 'DossiersSection');
const FeedbackDetailPage = lazyPage(() => import('./features/feedback/FeedbackDetailPage'), 'FeedbackDetailPage');
const FeedbackPage = lazyPage(() => import('./features/feedback/FeedbackPage'), 'FeedbackPage');
const HomePage = lazyPage(() => import('./features/home/HomePage'), 'HomePage');
const PublicResultsPage = lazyPage(() => import('./features/indicators/PublicResultsPage'), 'PublicResultsPage');
const InspectionDetailPage = lazyPage(
  () => import('./features/inspections/InspectionDetailPage'),
  'InspectionDetailPage',
);
const InspectionsPage = lazyPage(() => import('./features/inspections/InspectionsPage'), 'InspectionsPage');
const LegalDocumentDetailPage = lazyPage(
  () => import('./features/legal-documents/LegalDocumentDetailPage'),
  'LegalDocumentDetailPage',
);
const LegalDocumentsPage = lazyPage(
  () => import('./features/legal-documents/LegalDocumentsPage'),
  'LegalDocumentsPage',
);
const PlanSection = lazyPage(() => import('./features/plan/PlanPage'), 'PlanSection');
const PublicFeedbackPage = lazyPage(() => import('./features/public/PublicFeedbackPage'), 'PublicFeedbackPage');
const PublicLookupPage = lazyPage(() => import('./features/public-lookup/PublicLookupPage'), 'PublicLookupPage');
const ReportsSection = lazyPage(() => import('./features/reports/ReportsSection'), 'ReportsSection');
const TasksSection = lazyPage(() => import('./features/tasks/TasksSection'), 'TasksSection');
const AppLayout = lazyPage(() => import('./ui/AppLayout'), 'AppLayout');

export function App() {
  const session = useSession();
  if (session.isPending) return <Spin fullscreen />;
  return <Suspense fallback={<Spin fullscreen />}>{routesFor(session.data)}</Suspense>;
}

function routesFor(me: ReturnType<typeof useSession>['data']) {
  if (!me) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/gop-y/:tenantCode" element={<PublicFeedbackPage />} />
        <Route path="/tra-cuu" element={<PublicLookupPage />} />
        <Route path="/cong-khai/:tenantCode" element={<PublicResultsPage />} />
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
      <Route element={<AppLayout me={me} />}>
        <Route index element={<HomePage me={me} />} />
        <Route path="/lich-lam-viec" element={<CalendarPage me={me} />} />
        <Route path="/phan-anh" element={<FeedbackPage me={me} />} />
        <Route path="/phan-anh/:id" element={<FeedbackDetailPage />} />
        <Route path="/kiem-tra" element={<InspectionsPage me={me} />} />
        <Route path="/kiem-tra/:id" element={<InspectionDetailPage />} />
        <Route path="/van-ban" element={<LegalDocumentsPage me={me} />} />
        <Route path="/van-ban/:id" element={<LegalDocumentDetailPage me={me} />} />
        <Route path="/ke-hoach/*" element={<PlanSection me={me} />} />
        <Route path="/nhiem-vu/*" element={<TasksSection me={me} />} />
        <Route path="/bao-cao/*" element={<ReportsSection me={me} />} />
        <Route path="/thong-ke" element={<DashboardPage me={me} />} />
        <Route path="/ho-so/*" element={<DossiersSection me={me} />} />
        {me.capabilities.includes('org.manage_users') && <Route path="/quan-tri" element={<AdminPage />} />}
        <Route path="/login" element={<Navigate to="/" replace />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
