import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import '../i18n';
// Only this app loads it: its rules are global (body, headings) and the officers' pages are Ant Design's.
import '../ui/citizen/citizen.css';
import { Loading } from '../ui/citizen/parts';

// The citizens' pages (no login) as an app of their own (citizen.html; the server sends it for their paths,
// @cchc/domain isCitizenPath): React, the router, react-query and the texts, and no Ant Design or officers' code,
// so that a phone downloads a fraction of the officers' app. Each page is its own chunk.
const CityPublicPage = lazy(() =>
  import('../features/portal/CityPublicPage').then((m) => ({ default: m.CityPublicPage })),
);
const PublicFeedbackPage = lazy(() =>
  import('../features/public/PublicFeedbackPage').then((m) => ({ default: m.PublicFeedbackPage })),
);
const PublicLookupPage = lazy(() =>
  import('../features/public-lookup/PublicLookupPage').then((m) => ({ default: m.PublicLookupPage })),
);
const PublicResultsPage = lazy(() =>
  import('../features/indicators/PublicResultsPage').then((m) => ({ default: m.PublicResultsPage })),
);
const ScorecardPrintPage = lazy(() =>
  import('../features/portal/ScorecardPrintPage').then((m) => ({ default: m.ScorecardPrintPage })),
);
const WardPortalPage = lazy(() =>
  import('../features/portal/WardPortalPage').then((m) => ({ default: m.WardPortalPage })),
);

/** A path of neither app (a link followed inside this one): the officers' app answers it, on a full load. */
function OtherApp() {
  useEffect(() => window.location.reload(), []);
  return <Loading />;
}

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
const root = document.getElementById('root');
if (!root) throw new Error('missing #root');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/gop-y/:tenantCode" element={<PublicFeedbackPage />} />
            <Route path="/tra-cuu" element={<PublicLookupPage />} />
            <Route path="/cong-khai/:tenantCode" element={<PublicResultsPage />} />
            <Route path="/cong-thong-tin" element={<CityPublicPage />} />
            <Route path="/cong-thong-tin/:tenantCode" element={<WardPortalPage />} />
            <Route path="/cong-thong-tin/:tenantCode/in-a3" element={<ScorecardPrintPage />} />
            <Route path="*" element={<OtherApp />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
