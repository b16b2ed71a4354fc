import { render } from 'preact';
import { startLanguage } from '../ext/language';
import { RequestsApp } from './RequestsApp';

void startLanguage('requestsDocumentTitle').then(() => render(<RequestsApp />, document.getElementById('app')!));
