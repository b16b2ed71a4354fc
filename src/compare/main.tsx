import { render } from 'preact';
import { startLanguage } from '../ext/language';
import { CompareApp } from './CompareApp';

void startLanguage('compareDocumentTitle').then(() => render(<CompareApp />, document.getElementById('app')!));
