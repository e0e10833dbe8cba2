import { render } from 'preact';
import { App } from './App';
import { routeFromSearch } from './route';

render(<App initial={routeFromSearch(location.search)} />, document.getElementById('app')!);
