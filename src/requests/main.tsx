import { render } from 'preact';
import { RequestsApp } from './RequestsApp';

render(<RequestsApp />, document.getElementById('app')!);
