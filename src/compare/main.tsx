import { render } from 'preact';
import { CompareApp } from './CompareApp';

render(<CompareApp />, document.getElementById('app')!);
