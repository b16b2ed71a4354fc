import { render } from 'preact';
import { startLanguage } from '../ext/language';
import { App } from './App';

// The language is set before the first render, so the popup never flashes the wrong one.
void startLanguage('popupTitle').then(() => render(<App />, document.getElementById('app')!));
