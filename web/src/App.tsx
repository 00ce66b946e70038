import { lazy, Suspense, useEffect } from 'react';
import { ApiKeyStatus } from './auth/ApiKeyStatus.js';
import { Loading } from './common/states.js';
import { useViewState } from './state/use-view-state.js';
import { ViewLink } from './state/ViewLink.js';
import { freshView, type View } from './state/view-state.js';

// One page per job; each loads its own code, so the first screen stays light.
const HomePage = lazy(() => import('./home/HomePage.js'));
const ExplorePage = lazy(() => import('./explore/ExplorePage.js'));
const CrosswalkPage = lazy(() => import('./crosswalk/CrosswalkPage.js'));
const MatrixPage = lazy(() => import('./matrix/MatrixPage.js'));
const ImpactPage = lazy(() => import('./impact/ImpactPage.js'));
const GapsPage = lazy(() => import('./gaps/GapsPage.js'));
const ClassifyPage = lazy(() => import('./classify/ClassifyPage.js'));

const NAVIGATION: { view: View; label: string }[] = [
  { view: 'home', label: 'Start' },
  { view: 'explore', label: 'Explore' },
  { view: 'crosswalk', label: 'Crosswalk' },
  { view: 'matrix', label: 'Matrix' },
  { view: 'impact', label: 'Impact' },
  { view: 'gaps', label: 'Gaps' },
];

const TITLES: Record<View, string> = {
  home: 'Start',
  explore: 'Explore the graph',
  crosswalk: 'Crosswalk',
  matrix: 'Crosswalk matrix',
  impact: 'Impact',
  gaps: 'Coverage gaps',
  classify: 'Classify an AI system',
};

export function App() {
  const [state] = useViewState();
  useEffect(() => {
    document.title = `${TITLES[state.view]} · Crosswalk`;
  }, [state.view]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <ViewLink to={freshView('home')} className="brand">
          Crosswalk
        </ViewLink>
        <nav aria-label="Views">
          <ul>
            {NAVIGATION.map((item) => (
              <li key={item.view}>
                <ViewLink to={freshView(item.view)} ariaCurrent={state.view === item.view}>
                  {item.label}
                </ViewLink>
              </li>
            ))}
            <li>
              <a href="/graphql">GraphQL API</a>
            </li>
          </ul>
        </nav>
        <ApiKeyStatus />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the page" />}>
          {state.view === 'home' && <HomePage />}
          {state.view === 'explore' && <ExplorePage />}
          {state.view === 'crosswalk' && <CrosswalkPage />}
          {state.view === 'matrix' && <MatrixPage />}
          {state.view === 'impact' && <ImpactPage />}
          {state.view === 'gaps' && <GapsPage />}
          {state.view === 'classify' && <ClassifyPage />}
        </Suspense>
      </main>
    </>
  );
}
