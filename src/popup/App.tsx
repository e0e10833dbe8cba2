// The popup's views: the tab's list, one record's detail, and the knowledge base opened directly
// (?code=, ?error=, ?compare=). Only the list is in the first chunk; the others load on demand.
import { useState } from 'preact/hooks';
import { BadParam } from './components/BadParam';
import { TabView } from './components/TabView';
import { loadHintText } from './hint-text';
import { lazyView } from './lazy-view';
import type { Route } from './route';

const CodeView = lazyView(() => import('./components/CodeView').then((m) => m.CodeView));
const ErrorView = lazyView(() => import('./components/ErrorView').then((m) => m.ErrorView));
const CompareView = lazyView(() => Promise.all([import('./components/CompareView'), loadHintText()]).then(([m]) => m.CompareView));

export function App({ initial }: { initial: Route }) {
  const [route, setRoute] = useState<Route>(initial);
  const home = () => setRoute({ view: 'list', tabId: initial.view === 'list' ? initial.tabId : undefined });
  switch (route.view) {
    case 'list':
      return <TabView tabId={route.tabId} />;
    case 'code':
      return <CodeView code={route.code} onBack={initial.view === 'code' ? undefined : home} />;
    case 'error':
      return <ErrorView name={route.name} onBack={initial.view === 'error' ? undefined : home} />;
    case 'compare':
      return <CompareView a={route.a} b={route.b} />;
    case 'bad-param':
      return <BadParam param={route.param} value={route.value} />;
  }
}
