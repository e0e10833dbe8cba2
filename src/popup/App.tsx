// The popup's views: the tab's list, one record's detail, and the knowledge base opened directly
// (?code=, ?error=, ?compare=).
import { useState } from 'preact/hooks';
import { BadParam } from './components/BadParam';
import { CodeView } from './components/CodeView';
import { CompareView } from './components/CompareView';
import { ErrorView } from './components/ErrorView';
import { TabView } from './components/TabView';
import type { Route } from './route';

export function App({ initial }: { initial: Route }) {
  const [route, setRoute] = useState<Route>(initial);
  const home = () => setRoute({ view: 'list', tabId: initial.view === 'list' ? initial.tabId : undefined });
  switch (route.view) {
    case 'list':
    case 'record':
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
