import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { createBrowserRouter, Navigate, RouteObject, RouterProvider } from 'react-router';
import { OfflineError, ProblemError } from '../api/problem';
import { refresh } from '../auth/session';
import { useUser } from '../auth/useUser';
import { Loading } from '../common/ErrorMessage';
import { RouteError } from '../common/RouteError';
import { authoringRoutes } from '../authoring/routes';
import { bankRoutes } from '../banks/routes';
import { coordinatorRoutes } from '../coordinator/routes';
import { gradingRoutes } from '../grading/routes';
import { followProfileLanguage } from '../i18n';
import { homeFor } from '../layout/navigation';
import { Shell } from '../layout/Shell';
import { officerRoutes } from '../officer/routes';
import { NotFound } from '../pages/NotFound';
import { SignIn } from '../pages/SignIn';
import { quizRoutes } from '../quiz/routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a dropped connection might.
      retry: (failures, error) => failures < 2 && (error instanceof OfflineError || (error instanceof ProblemError && error.status >= 500)),
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

function Home() {
  const user = useUser();
  return user ? <Navigate to={homeFor(user.role)} replace /> : null;
}

const routes: RouteObject[] = [
  {
    element: <Shell />,
    errorElement: <RouteError />,
    // A page that fails shows its error inside the frame, so the navigation stays usable.
    children: [{ errorElement: <RouteError />, children: [{ index: true, element: <Home /> }, ...officerRoutes, ...quizRoutes, ...coordinatorRoutes, ...authoringRoutes, ...bankRoutes, ...gradingRoutes, { path: '*', element: <NotFound /> }] }],
  },
];

const router = createBrowserRouter(routes);

/** Signed out: the sign-in page at whatever address was opened; signing in then shows that page. */
export function App() {
  const user = useUser();
  useEffect(() => {
    void refresh();
  }, []);
  useEffect(() => {
    if (user === null) queryClient.clear();
    if (user) followProfileLanguage(user.locale);
  }, [user]);
  if (user === undefined) return <Loading />;
  if (user === null) return <SignIn />;
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
